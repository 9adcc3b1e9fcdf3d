package org.crosscheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the publication dates found in manifests, front matter, meta tags and JSON fields. */
public final class PublicationDate {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"), formatter("EEE, d MMM uuuu HH:mm:ss zzz"), formatter("uuuu/MM/dd"));

    private PublicationDate() {}

    /** The date, or an {@link InputException} naming {@code where} when the text is not a real date. */
    public static LocalDate parse(String raw, String where) throws InputException {
        String text = raw.strip();
        Matcher iso = ISO_PREFIX.matcher(text);
        if (iso.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                throw new InputException(where + ": publication date \"" + text + "\" is not a real date");
            }
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the written forms below
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return f.parse(text, ZonedDateTime::from).toLocalDate();
            } catch (DateTimeException notZoned) {
                try {
                    return f.parse(text, LocalDate::from);
                } catch (DateTimeException ignored) {
                    // next format
                }
            }
        }
        throw new InputException(where + ": publication date \"" + text
                + "\" is not a date (use YYYY-MM-DD, e.g. 2025-10-23)");
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
