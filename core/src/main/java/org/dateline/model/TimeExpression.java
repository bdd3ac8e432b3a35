package org.dateline.model;

/**
 * A time expression with its TIMEX3 normalisation against the article date.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: 2023-11-26, 2023-11, 2023-W48, PT4H, PAST_REF, ...
 * @param mod   TIMEX3 mod (START, END, APPROX, ...), or null
 */
public record TimeExpression(String text, int start, int end, int sentence, String type, String value,
                             String mod) {}
