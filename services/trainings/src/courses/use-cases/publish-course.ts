import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@vetlink/auth';
import { Clock, CLOCK } from '@vetlink/clock';
import { InvalidInputError } from '@vetlink/http';
import { getTraining } from '@vetlink/taxonomy';
import { CoursesRepository } from '../courses.repository';
import type { Course } from '../domain/course';
import { CourseDraft, courseProblems } from '../domain/course-rules';

/**
 * An officer adds a course to the catalogue. A course that is an instance of a taxonomy training and
 * names no skills or certificates of its own teaches and awards what the training does.
 */
@Injectable()
export class PublishCourse {
  constructor(
    private readonly courses: CoursesRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(officer: Principal, command: CourseDraft): Promise<Course> {
    const draft = withTrainingDefaults(command);
    const problems = courseProblems(draft);
    if (problems.length > 0) throw new InvalidInputError(problems);
    const course: Course = {
      ...draft,
      id: this.courses.newId(),
      publishedBy: officer.userId,
      publishedAt: this.clock.now(),
    };
    await this.courses.insert(course);
    return course;
  }
}

function withTrainingDefaults(draft: CourseDraft): CourseDraft {
  const training = draft.trainingId ? getTraining(draft.trainingId) : undefined;
  if (!training) return draft;
  const named = draft.skillIds.length > 0 || draft.certificateIds.length > 0;
  if (named) return draft;
  return {
    ...draft,
    skillIds: training.skills.map((link) => link.skillId),
    certificateIds: [...(training.certificatesAwarded ?? [])],
  };
}
