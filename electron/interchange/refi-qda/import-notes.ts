// The Notes of an imported project as they are used: as a quote's or highlight's note, as the
// detail of an attribution or a piece of evidence, or as a memo on an article, tag, source or
// claim. Each use is recorded, so the notes nothing used are reported, never silently dropped.
import type { Memo, MemoSubject } from '../../../shared/domain/claims';
import { isoOr } from './import-sources';
import type { QdaNote, QdaProject } from './reader';

export class NoteBook {
  readonly memos: Memo[] = [];
  private readonly used = new Set<string>();

  constructor(
    private readonly project: QdaProject,
    private readonly env: { newId: () => string; at: string },
  ) {}

  /** The note, marked as used; undefined when the project has none under that GUID. */
  take(guid: string): QdaNote | undefined {
    const note = this.project.notes.get(guid);
    if (note) this.used.add(guid);
    return note;
  }

  /** The texts of the referenced notes (after `extra`, if any), blank ones left out. */
  join(refs: readonly string[], extra = ''): string {
    return [extra, ...refs.map((r) => this.take(r)?.text)]
      .filter((t): t is string => !!t && t.trim() !== '')
      .join('\n\n');
  }

  /** Makes the note a memo about the item. */
  memo(guid: string, subject: MemoSubject, subjectId: string): void {
    const note = this.take(guid);
    if (!note) return;
    const at = isoOr(note.createdAt, this.env.at);
    this.memos.push({
      id: this.env.newId(),
      subject,
      subjectId,
      title: note.name.slice(0, 300),
      body: note.text.slice(0, 100_000),
      createdAt: at,
      updatedAt: at,
    });
  }

  /** Notes nothing took. */
  unused(): QdaNote[] {
    return [...this.project.notes.values()].filter((n) => !this.used.has(n.guid));
  }
}
