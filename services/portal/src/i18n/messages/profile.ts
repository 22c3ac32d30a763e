import { defineMessages } from '../define-messages';

/** A veteran's profile. */
export default defineMessages(
  {
    profile: {
      title: '我的档案',
      completeness: '档案完整度',
      missing: '待补充',
      name: '姓名',
      city: '常住城市',
      specialties: '服役专业',
      skills: '技能',
      certificates: '证书',
      desiredOccupations: '意向岗位',
      radiusKm: '通勤范围（公里）',
      minimumSalary: '期望最低月薪',
      jobSeekingStatus: '求职状态',
      status: {
        'actively-looking': '积极求职',
        open: '看看机会',
        employed: '已就业',
      },
      termSearch: '输入名称搜索，如“汽车驾驶员”',
      edit: '编辑',
      none: '您还没有档案，请先在服务站或 App 中建立。',
      conflict: '档案已在别处修改，已重新载入，请再次保存。',
    },
  },
  {
    profile: {
      title: 'My profile',
      completeness: 'Profile completeness',
      missing: 'Still missing',
      name: 'Name',
      city: 'City of residence',
      specialties: 'Military specialties',
      skills: 'Skills',
      certificates: 'Certificates',
      desiredOccupations: 'Jobs you want',
      radiusKm: 'Commute radius (km)',
      minimumSalary: 'Minimum monthly salary',
      jobSeekingStatus: 'Job seeking',
      status: {
        'actively-looking': 'Actively looking',
        open: 'Open to offers',
        employed: 'Employed',
      },
      termSearch: 'Type to search, e.g. "vehicle driver"',
      edit: 'Edit',
      none: 'You have no profile yet; create one at a service station or in the app.',
      conflict: 'Your profile changed elsewhere and was reloaded; please save again.',
    },
  },
);
