export { bareProfile, driverProfile } from './profile-fixtures';
