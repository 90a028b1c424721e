import { allQuestions, type AnswerValue } from '../../engine/survey/logic.js';
import { cliItems, type SurveyDefinition } from '../../engine/survey/schema.js';
import { localize } from '../../engine/survey/text.js';

export interface ExportColumn {
  header: string;
  value(row: ExportRow): string;
}

export interface ExportRow {
  id: string;
  state: string;
  surveyVersion: number;
  language: string;
  channel: string;
  startedAt: Date;
  completedAt: Date | null;
  answers: Record<string, AnswerValue>;
  hidden: Record<string, string>;
}

/**
 * The columns of a survey's export: the response's facts, its hidden fields, then one column per
 * answer (three for a CLI block, one per row of a matrix). Choices are exported by option id, or by
 * label in a language when asked, so a spreadsheet reads either way.
 */
export function exportColumns(survey: SurveyDefinition, options: { labelsIn?: string } = {}): ExportColumn[] {
  const label = (question: { options?: { id: string; label: Record<string, string> }[] }, id: string) => {
    if (!options.labelsIn) return id;
    const option = question.options?.find((o) => o.id === id);
    return option ? localize(option.label, options.labelsIn, survey.defaultLanguage) : id;
  };
  const columns: ExportColumn[] = [
    { header: 'response_id', value: (r) => r.id },
    { header: 'state', value: (r) => r.state },
    { header: 'started_at', value: (r) => r.startedAt.toISOString() },
    { header: 'completed_at', value: (r) => r.completedAt?.toISOString() ?? '' },
    { header: 'language', value: (r) => r.language },
    { header: 'channel', value: (r) => r.channel },
    { header: 'survey_version', value: (r) => String(r.surveyVersion) },
    ...survey.hiddenFields.map((field) => ({ header: `hidden.${field.key}`, value: (r: ExportRow) => r.hidden[field.key] ?? '' })),
  ];
  for (const { question } of allQuestions(survey)) {
    const answer = (r: ExportRow) => r.answers[question.id];
    switch (question.type) {
      case 'cli':
        for (const item of cliItems) columns.push({ header: `${question.id}.${item}`, value: (r) => String((answer(r) as Record<string, number> | undefined)?.[item] ?? '') });
        break;
      case 'matrix':
        for (const row of question.rows) {
          columns.push({ header: `${question.id}.${row.id}`, value: (r) => {
            const column = (answer(r) as Record<string, string> | undefined)?.[row.id];
            return column === undefined ? '' : options.labelsIn ? localize(question.columns.find((c) => c.id === column)?.label, options.labelsIn, survey.defaultLanguage) : column;
          } });
        }
        break;
      case 'multiple_choice':
      case 'ranking':
        columns.push({ header: question.id, value: (r) => ((answer(r) as string[] | undefined) ?? []).map((id) => label(question, id)).join('; ') });
        break;
      case 'single_choice':
      case 'dropdown':
        columns.push({ header: question.id, value: (r) => (answer(r) === undefined ? '' : label(question, answer(r) as string)) });
        break;
      default:
        columns.push({ header: question.id, value: (r) => (answer(r) === undefined ? '' : String(answer(r))) });
    }
  }
  return columns;
}

/**
 * One CSV line (RFC 4180). A cell that a spreadsheet would run as a formula (=, +, -, @, tab)
 * is prefixed with an apostrophe: customers write the comments, and a comment must stay text.
 */
export function csvLine(cells: string[]): string {
  return `${cells
    .map((cell) => {
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',')}\r\n`;
}
