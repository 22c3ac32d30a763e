import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@vetlink/auth';
import { ApiErrors, NotFoundError } from '@vetlink/http';
import type { Page } from '@vetlink/persistence';
import type { Language } from '../templates/domain/template';
import { UserPreferences } from '../preferences/use-cases/user-preferences';
import { Clock, CLOCK } from '@vetlink/clock';
import {
  InboxItemDto,
  InboxItemView,
  InboxPageDto,
  InboxQuery,
  LanguageQuery,
  MarkedDto,
  NotificationIdParams,
  toInboxItemView,
  UnreadCountDto,
} from './inbox.dto';
import { InboxRepository } from './inbox.repository';

/** Every signed-in user's own in-app inbox; another user's items answer 404, as if they did not exist. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly preferences: UserPreferences,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My inbox, newest first, by cursor pages' })
  @ApiOkResponse({ type: InboxPageDto.Output })
  @ApiErrors(400)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: InboxQuery,
  ): Promise<Page<InboxItemView>> {
    const language = await this.languageOf(principal.userId, query.lang);
    const page = await this.inbox.page(principal.userId, query.unread === 'true', query.limit, query.cursor);
    return { ...page, items: page.items.map((item) => toInboxItemView(item, language)) };
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my inbox items are unread' })
  @ApiOkResponse({ type: UnreadCountDto.Output })
  @ApiErrors()
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ unread: number }> {
    return { unread: await this.inbox.unreadCount(principal.userId) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every item of my inbox read' })
  @ApiOkResponse({ type: MarkedDto.Output })
  @ApiErrors()
  async markAllRead(@CurrentPrincipal() principal: Principal): Promise<{ marked: number }> {
    return { marked: await this.inbox.markAllRead(principal.userId, this.clock.now()) };
  }

  @Post(':notificationId/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one item read (again is fine)' })
  @ApiOkResponse({ type: InboxItemDto.Output })
  @ApiErrors(400, 404)
  async markRead(
    @CurrentPrincipal() principal: Principal,
    @Param() params: NotificationIdParams,
    @Query() query: LanguageQuery,
  ): Promise<InboxItemView> {
    const item = await this.inbox.item(principal.userId, params.notificationId);
    if (!item) throw new NotFoundError('no such inbox item');
    const read = await this.inbox.markRead(item, this.clock.now());
    return toInboxItemView(read, await this.languageOf(principal.userId, query.lang));
  }

  @Delete(':notificationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete one item from my inbox' })
  @ApiNoContentResponse({ description: 'deleted' })
  @ApiErrors(400, 404)
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param() params: NotificationIdParams,
  ): Promise<void> {
    const item = await this.inbox.item(principal.userId, params.notificationId);
    if (!item) throw new NotFoundError('no such inbox item');
    await this.inbox.remove(item);
  }

  private async languageOf(userId: string, asked: Language | undefined): Promise<Language> {
    return asked ?? (await this.preferences.of(userId)).language;
  }
}
