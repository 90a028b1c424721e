import type { Question } from './schema.js';
import { cliItems, metricScales } from './scales.js';

/**
 * Checks one answer against its question: the type, the range, the options offered and the
 * length. Returns what is wrong, in words for the person who sent it, or null when it is fine.
 */
export function checkAnswer(question: Question, value: unknown): string | null {
  switch (question.type) {
    case 'nps':
    case 'csat':
    case 'ces':
      return checkScale(value, metricScales[question.type].min, metricScales[question.type].max);
    case 'rating':
      return checkScale(value, question.min, question.max);
    case 'cli': {
      if (!isPlainObject(value)) return `must be an object with ${cliItems.join(', ')}, each 0–10`;
      const unknown = Object.keys(value).filter((key) => !(cliItems as readonly string[]).includes(key));
      if (unknown.length) return `has unknown parts: ${unknown.join(', ')} (expected ${cliItems.join(', ')})`;
      for (const item of cliItems) {
        if (value[item] === undefined) {
          if (question.required) return `${item} is required`;
          continue;
        }
        const problem = checkScale(value[item], 0, 10);
        if (problem) return `${item} ${problem}`;
      }
      return Object.keys(value).length === 0 ? 'must answer at least one of the three' : null;
    }
    case 'single_choice':
    case 'dropdown':
      if (typeof value !== 'string') return 'must be the id of one of the options';
      return question.options.some((o) => o.id === value) ? null : `"${clip(value)}" is not one of the options offered`;
    case 'multiple_choice': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'must be a list of option ids';
      const unknown = value.filter((v) => !question.options.some((o) => o.id === v));
      if (unknown.length) return `"${clip(String(unknown[0]))}" is not one of the options offered`;
      if (new Set(value).size !== value.length) return 'names an option twice';
      if (value.length === 0) return 'must choose at least one option (leave the question out to skip it)';
      if (question.min !== undefined && value.length < question.min) return `must choose at least ${question.min}`;
      if (question.max !== undefined && value.length > question.max) return `must choose at most ${question.max}`;
      return null;
    }
    case 'short_text':
    case 'long_text': {
      if (typeof value !== 'string') return 'must be text';
      if (value.trim() === '') return 'must not be blank (leave the question out to skip it)';
      const length = [...value].length;
      return length > question.maxLength ? `is ${length} characters long; at most ${question.maxLength} are allowed` : null;
    }
    case 'matrix': {
      if (!isPlainObject(value)) return 'must be an object from row id to column id';
      for (const [row, column] of Object.entries(value)) {
        if (!question.rows.some((r) => r.id === row)) return `"${clip(row)}" is not one of the rows`;
        if (!question.columns.some((c) => c.id === column)) return `"${clip(String(column))}" is not one of the columns (row ${row})`;
      }
      if (Object.keys(value).length === 0) return 'must answer at least one row (leave the question out to skip it)';
      if (question.required) {
        const missing = question.rows.filter((r) => value[r.id] === undefined).map((r) => r.id);
        if (missing.length) return `rows ${missing.join(', ')} are required`;
      }
      return null;
    }
    case 'ranking': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'must be a list of option ids, best first';
      const ids = question.options.map((o) => o.id);
      const isPermutation = value.length === ids.length && new Set(value).size === ids.length && value.every((v) => ids.includes(v));
      return isPermutation ? null : `must rank every option exactly once: ${ids.join(', ')}`;
    }
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) return 'must be a date as YYYY-MM-DD';
      if (question.min && value < question.min) return `must be on or after ${question.min}`;
      if (question.max && value > question.max) return `must be on or before ${question.max}`;
      return null;
    }
    case 'consent':
      if (typeof value !== 'boolean') return 'must be true or false';
      return question.required && !value ? 'must be given to continue' : null;
  }
}

function checkScale(value: unknown, min: number, max: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number from ${min} to ${max}`;
  if (!Number.isInteger(value)) return `must be a whole number from ${min} to ${max}`;
  if (value < min || value > max) return `must be from ${min} to ${max}`;
  return null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
