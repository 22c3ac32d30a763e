import { Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@vetlink/auth';
import { createZodDto, InvalidInputError } from '@vetlink/http';
import { z } from 'zod';
import { escapeHtml } from '../shared/html';
import { NotificationCategory } from '../templates/domain/template';
import { UserPreferences } from '../preferences/use-cases/user-preferences';
import { UnsubscribeTokens } from './domain/unsubscribe-token';

export class UnsubscribeQuery extends createZodDto(
  z.strictObject({
    token: z
      .string()
      .min(10)
      .max(1200)
      .regex(/^[A-Za-z0-9_.-]+$/, 'must be the token from the link'),
  }),
) {}

const CATEGORY_NAMES: Record<NotificationCategory, { zh: string; en: string }> = {
  'job-push': { zh: '岗位推荐', en: 'job recommendations' },
  'weekly-digest': { zh: '每周精选岗位', en: 'the weekly featured jobs' },
  mentoring: { zh: '导师指导', en: 'mentoring' },
  incubation: { zh: '创业孵化', en: 'incubation' },
  loans: { zh: '创业贷款', en: 'startup loans' },
  training: { zh: '技能培训', en: 'skills training' },
};

/**
 * The links in e-mails: they work without logging in, because the signed token says who and which
 * category. GET only shows a page with a button (mail scanners follow links); POST does it, which is
 * also what mail clients send for one-click unsubscribe (RFC 8058, List-Unsubscribe-Post).
 */
@ApiTags('unsubscribe')
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly preferences: UserPreferences,
  ) {}

  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The page an unsubscribe link opens: asks to confirm (no login needed)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'a confirmation page' })
  confirm(@Query() query: UnsubscribeQuery): string {
    const { category } = this.claim(query.token);
    const names = CATEGORY_NAMES[category];
    const action = `?token=${encodeURIComponent(query.token)}`;
    return page(
      `<p>不再通过邮件等渠道接收“${escapeHtml(names.zh)}”通知？<br>Stop receiving ${escapeHtml(names.en)}?</p>` +
        `<form method="post" action="${escapeHtml(action)}"><button type="submit">退订 Unsubscribe</button></form>`,
    );
  }

  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Unsubscribe from one category (no login needed; also RFC 8058 one-click)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'unsubscribed (again is fine)' })
  async unsubscribe(@Query() query: UnsubscribeQuery): Promise<string> {
    const { userId, category } = this.claim(query.token);
    await this.preferences.switchOff(userId, category);
    const names = CATEGORY_NAMES[category];
    return page(
      `<p>已退订“${escapeHtml(names.zh)}”。可随时在“通知设置”中重新开启。<br>` +
        `You will no longer receive ${escapeHtml(names.en)}. You can turn it back on in your notification settings.</p>`,
    );
  }

  private claim(token: string) {
    const claim = this.tokens.verify(token);
    if (!claim)
      throw new InvalidInputError([{ field: 'token', message: 'this unsubscribe link is not valid' }]);
    return claim;
  }
}

function page(content: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>vetlink</title></head><body style="font-family:sans-serif">${content}</body></html>`;
}
