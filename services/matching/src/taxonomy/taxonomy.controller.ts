import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@vetlink/http';
import { getEntry, resolveTerm, suggestTerms, textOfTermId } from '@vetlink/taxonomy';
import {
  EntryNamesDto,
  EntryNamesQuery,
  ResolvedTermsDto,
  ResolveTermsBody,
  SuggestTermsQuery,
  TermSuggestionsDto,
} from './taxonomy.dto';

/** The crosswalk's vocabulary for the portal's pickers and for integrators (any signed-in user). */
@ApiTags('taxonomy')
@ApiBearerAuth()
@Controller('taxonomy')
export class TaxonomyController {
  @Get('terms')
  @ApiOperation({
    summary:
      'Search-as-you-type over specialties, posts, skills, occupations, certificates, trainings and cities',
    description:
      'Names and synonyms in Chinese and English, ignoring width, case and spacing: whole terms first, then ' +
      'beginnings, then parts; one suggestion per entry. Letters also spell Chinese terms in pinyin — initials ' +
      '("ccsj", "dg"), syllables ("chache") or both ("chachesj"), polyphonic characters in any reading — ranked ' +
      'after every name matched as written; such a suggestion carries the term spelled in pinyin.',
  })
  @ApiOkResponse({ type: TermSuggestionsDto.Output })
  @ApiErrors(400)
  terms(@Query() query: SuggestTermsQuery) {
    return { items: suggestTerms(query.q, query.kinds, query.limit) };
  }

  @Get('entries')
  @ApiOperation({
    summary: 'The names of entries by id, in Chinese and English (to show ids that other answers carry)',
    description:
      'One item per id asked, in the order asked. A certificate kept as typed (an id of its text) is named by ' +
      'its text; an id the taxonomy does not know is named by itself, with `known` false.',
  })
  @ApiOkResponse({ type: EntryNamesDto.Output })
  @ApiErrors(400)
  entries(@Query() query: EntryNamesQuery) {
    return {
      items: query.ids.map((id) => {
        const entry = getEntry(query.kind, id);
        if (entry) return { id, zh: entry.zh, en: entry.en, known: true };
        const text = textOfTermId(id) ?? id;
        return { id, zh: text, en: text, known: false };
      }),
    };
  }

  @Post('resolve')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Resolve free-text terms to taxonomy ids, with confidence',
    description:
      'Each term is read as POST /jobs and PUT /profiles/me read it (names, qualifiers such as "A2驾驶证", ' +
      'certificate suffixes, known terms inside longer phrases, a mistyped character). `resolved` is null for a ' +
      'term the taxonomy does not know: keep its text.',
  })
  @ApiOkResponse({ type: ResolvedTermsDto.Output })
  @ApiErrors(400)
  resolve(@Body() body: ResolveTermsBody) {
    return {
      items: body.terms.map((text) => {
        const resolution = resolveTerm(body.kinds, text);
        const entry = resolution && getEntry(resolution.kind, resolution.id);
        return {
          text,
          resolved: resolution && entry ? { ...resolution, zh: entry.zh, en: entry.en } : null,
        };
      }),
    };
  }
}
