// The renderers trust nothing they are given: every string is made XML-safe here, at the point of
// writing, even though the model builder and the database already clean text. A file that Word must
// "repair" is a broken report for the office that receives it.
import { cleanText } from '../../../shared/report/values';

// C1 controls are legal XML but carry no meaning in Vietnamese text and upset some readers.
const C1 = /[\u007F-\u009F]/g;

/** One line of printable text: no forbidden characters, tabs and line breaks as spaces. */
export const safeText = (s: string): string => cleanText(String(s)).replace(C1, '').replace(/[\t\n]+/g, ' ');
