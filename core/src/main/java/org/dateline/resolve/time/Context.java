package org.dateline.resolve.time;

import java.time.LocalDate;

/**
 * What a time expression is read against: the article date, the tense of its clause, and the
 * periods the text last named outright, for comparisons ("the quarter", "the same period a year
 * earlier"): the last quarter (2023-Q3) and the last month or quarter, or null.
 */
record Context(LocalDate dct, Tense tense, String quarter, String period) {}
