// The identifiers of a campaign (SPEC §9): lower-case ASCII ids so that a field key such as `s1.a_b`
// can never be read as a subtraction in a rule, and upper-case campaign ids that name files.

/** Field, column, indicator, point-in-time, group and option ids. */
export const ID = /^[a-z][a-z0-9_]*$/;
/** Campaign ids, e.g. `1563-TK-2023`. */
export const CAMPAIGN_ID = /^[A-Z0-9][A-Z0-9-]*$/;
/** Template ids, e.g. `tk-1563`: they travel in every package, so plain ASCII without spaces. */
export const TEMPLATE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/**
 * Rule ids: ids joined by dots. The built-in rules are named per point in time (`pl.women_le_chairs.end`)
 * and reports carry their explanations under those names, so a dot is allowed between ids; a rule id is
 * never part of an expression.
 */
export const RULE_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/;
/** Section numbers give section ids and field key prefixes: section 3 is `s3`, its fields `s3.<id>`. */
export const sectionId = (n: number): string => `s${n}`;
export const fieldKey = (sectionNumber: number, id: string): string => `${sectionId(sectionNumber)}.${id}`;

export const ID_HINT = 'chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch dưới, bắt đầu bằng một chữ, ví dụ so_lop';
export const CAMPAIGN_ID_HINT = 'chỉ gồm chữ in hoa không dấu (A–Z), chữ số và dấu gạch ngang, ví dụ 6T-CD-2027';
