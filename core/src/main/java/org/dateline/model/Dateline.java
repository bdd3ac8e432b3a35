package org.dateline.model;

import java.time.LocalDate;

/**
 * What a wire header or a dateline at the start of the body said ("SEOUL, Nov 26 (Reuters) -").
 * Any part may be null when the dateline does not give it.
 *
 * @param text   the dateline as written
 * @param place  place name as written, e.g. "SEOUL" or "BUSAN, South Korea"
 * @param date   date it gives, resolved to a full date
 * @param source agency or publisher named in it
 */
public record Dateline(String text, String place, LocalDate date, String source) {}
