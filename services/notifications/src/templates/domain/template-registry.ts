import { describeIssues } from '@vetlink/contracts';
import {
  AnyTemplate,
  LANGUAGES,
  LocalisedMessage,
  NOTIFICATION_CATEGORIES,
  NotificationTemplate,
  TemplateContext,
} from './template';

export class UnknownTemplateError extends Error {
  constructor(readonly type: string) {
    super(`no notification template "${type}"`);
    this.name = 'UnknownTemplateError';
  }
}

export class InvalidTemplateDataError extends Error {
  constructor(
    readonly type: string,
    readonly issues: string[],
  ) {
    super(`invalid data for notification template "${type}": ${issues.join('; ')}`);
    this.name = 'InvalidTemplateDataError';
  }
}

/**
 * Every kind of notification the service sends, by type. Refuses to start with two templates of one
 * type or a category it does not know, so that a typo fails the boot rather than a delivery.
 */
export class TemplateRegistry {
  private readonly byType = new Map<string, NotificationTemplate>();

  constructor(templates: readonly AnyTemplate[]) {
    for (const template of templates) {
      if (this.byType.has(template.type))
        throw new Error(`notification template "${template.type}" is defined twice`);
      if (!(NOTIFICATION_CATEGORIES as readonly string[]).includes(template.category)) {
        throw new Error(
          `notification template "${template.type}" has an unknown category "${template.category}"`,
        );
      }
      this.byType.set(template.type, template);
    }
  }

  get(type: string): NotificationTemplate {
    const template = this.byType.get(type);
    if (!template) throw new UnknownTemplateError(type);
    return template;
  }

  types(): string[] {
    return [...this.byType.keys()].sort();
  }

  /** Validates the data and renders it in every language (stored, so the inbox can show either). */
  render(type: string, data: unknown, context: TemplateContext): LocalisedMessage {
    const template = this.get(type);
    const parsed = template.data.safeParse(data);
    if (!parsed.success) throw new InvalidTemplateDataError(type, describeIssues(parsed.error));
    return Object.fromEntries(
      LANGUAGES.map((language) => [language, template.render(parsed.data, language, context)]),
    ) as LocalisedMessage;
  }
}
