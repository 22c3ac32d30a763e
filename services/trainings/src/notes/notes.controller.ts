import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@vetlink/auth';
import { ApiErrors } from '@vetlink/http';
import { NotesQuery, VeteranIdParams, WriteNoteBody } from './note.dto';
import {
  NoteView,
  NoteViewDto,
  toNoteView,
  toVeteranNotesView,
  VeteranNotesDto,
  VeteranNotesView,
} from './note.view';
import { FindNotes } from './use-cases/find-notes';
import { WriteNote } from './use-cases/write-note';

@ApiTags('notes')
@ApiBearerAuth()
@Roles('mentor', 'officer')
@Controller('veterans/:veteranId/notes')
export class NotesController {
  constructor(
    private readonly writeNote: WriteNote,
    private readonly findNotes: FindNotes,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Keep a note about a veteran with a profile (mentors and officers)' })
  @ApiCreatedResponse({ type: NoteViewDto })
  @ApiErrors(400, 403, [404, 'no veteran with a profile has this id'])
  async write(
    @CurrentPrincipal() author: Principal,
    @Param() params: VeteranIdParams,
    @Body() body: WriteNoteBody,
  ): Promise<NoteView> {
    return toNoteView(await this.writeNote.execute(author, params.veteranId, body));
  }

  @Get()
  @ApiOperation({
    summary: "A veteran's notes, newest first: every note for officers, a mentor's own for a mentor",
  })
  @ApiOkResponse({ type: VeteranNotesDto })
  @ApiErrors(400, 403, [404, 'no veteran with a profile has this id'])
  async list(
    @CurrentPrincipal() reader: Principal,
    @Param() params: VeteranIdParams,
    @Query() query: NotesQuery,
  ): Promise<VeteranNotesView> {
    const { veteran, notes } = await this.findNotes.about(reader, params.veteranId, query);
    return toVeteranNotesView(veteran, notes);
  }
}
