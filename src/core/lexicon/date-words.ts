// Words of dates (dates/), as data: month and weekday names, and counts written as words.

/** Month names, January first: a month's number is its index + 1. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Abbreviated months as written in datelines ("Sept. 12", "Oct 3"). */
export const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
/** Weekdays, Sunday first (as Date.getUTCDay counts): "on Tuesday" resolves against the article's date. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Counts written as words in relative dates ("two weeks ago", "a few days later"). */
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, several: 3 };
