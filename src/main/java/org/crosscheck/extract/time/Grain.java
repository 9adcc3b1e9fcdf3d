package org.crosscheck.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Calendar granularity of a resolved date: how to print it as a TimeML value and which days it covers. */
enum Grain {
    DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY;

    /** TimeML value of the unit containing {@code d}. Seasons are keyed by the year their first month falls in. */
    String format(LocalDate d) {
        int y = d.getYear();
        return switch (this) {
            case DAY -> String.format("%04d-%02d-%02d", y, d.getMonthValue(), d.getDayOfMonth());
            case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", y, d.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", y, d.get(IsoFields.QUARTER_OF_YEAR));
            case HALF -> String.format("%04d-H%d", y, d.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> seasonYear(d) + "-" + seasonCode(d);
            case YEAR -> String.format("%04d", y);
            case DECADE -> String.format("%03dX", Math.floorDiv(y, 10));
            case CENTURY -> String.format("%02d", Math.floorDiv(y, 100));
        };
    }

    LocalDate first(LocalDate d) {
        return switch (this) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), (d.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(d.getYear(), d.getMonthValue() <= 6 ? 1 : 7, 1);
            case SEASON -> seasonStart(d);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
            case DECADE -> LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
            case CENTURY -> LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
        };
    }

    LocalDate last(LocalDate d) {
        LocalDate f = first(d);
        return switch (this) {
            case DAY -> d;
            case WEEK -> f.plusDays(6);
            case MONTH -> f.plusMonths(1).minusDays(1);
            case QUARTER, SEASON -> f.plusMonths(3).minusDays(1);
            case HALF -> f.plusMonths(6).minusDays(1);
            case YEAR -> f.plusYears(1).minusDays(1);
            case DECADE -> f.plusYears(10).minusDays(1);
            case CENTURY -> f.plusYears(100).minusDays(1);
        };
    }

    /** Meteorological seasons; December belongs to the winter that continues into the next year. */
    private static LocalDate seasonStart(LocalDate d) {
        int m = d.getMonthValue();
        if (m == 12) return LocalDate.of(d.getYear(), 12, 1);
        if (m <= 2) return LocalDate.of(d.getYear() - 1, 12, 1);
        return LocalDate.of(d.getYear(), ((m - 3) / 3) * 3 + 3, 1);
    }

    private static int seasonYear(LocalDate d) {
        return d.getMonthValue() <= 2 ? d.getYear() - 1 : d.getYear();
    }

    private static String seasonCode(LocalDate d) {
        int m = d.getMonthValue();
        if (m == 12 || m <= 2) return "WI";
        if (m <= 5) return "SP";
        if (m <= 8) return "SU";
        return "FA";
    }
}
