package org.crosscheck.extract.recognize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone a reporter names beside a time of day: an abbreviation ("EDT", "BST", "KST"), a region ("Eastern",
 * "Central European time"), a country or a city of the time-zone database ("Korea time", "Paris time", "7.30pm in
 * Leeds" does not resolve, "20:05 in Paris" does), or "local time". Offsets come from the JDK's zone rules for
 * the day the time falls on, so "2 p.m. ET" is 18:00 UTC in September and 19:00 UTC in January.
 */
public final class TimeZones {

    /**
     * A zone as written after a time.
     *
     * @param length how many characters after the time it takes, spaces and brackets included
     * @param zone   the zone, or null for "local time" (the zone of where it happened)
     * @param name   the zone as written
     */
    public record Named(int length, ZoneId zone, String name) {
        public boolean local() {
            return zone == null;
        }

        /** Minutes east of UTC on {@code day} at {@code minute} local; for "local time", MIN_VALUE. */
        public int offsetMinutes(LocalDate day, int minute) {
            if (zone == null) {
                return Integer.MIN_VALUE;
            }
            try {
                ZoneOffset o = zone.getRules().getOffset(day.atTime(LocalTime.of(minute / 60 % 24, minute % 60)));
                return o.getTotalSeconds() / 60;
            } catch (DateTimeException e) {
                return zone.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds() / 60;
            }
        }
    }

    private static final Map<String, ZoneId> ABBREVIATIONS = new HashMap<>();
    private static final Map<String, ZoneId> REGIONS = new HashMap<>();
    private static final Map<String, ZoneId> CITIES = new HashMap<>();

    static {
        fixed("utc", 0);
        fixed("gmt", 0);
        fixed("z", 0);
        fixed("zulu", 0);
        fixed("wet", 0);
        fixed("bst", 60);
        fixed("west", 60);
        fixed("cet", 60);
        fixed("cest", 120);
        fixed("eet", 120);
        fixed("eest", 180);
        fixed("msk", 180);
        fixed("wat", 60);
        fixed("cat", 120);
        fixed("sast", 120);
        fixed("eat", 180);
        fixed("gst", 240);
        fixed("pkt", 300);
        fixed("ist", 330);
        fixed("npt", 345);
        fixed("ict", 420);
        fixed("wib", 420);
        fixed("wita", 480);
        fixed("wit", 540);
        fixed("pht", 480);
        fixed("sgt", 480);
        fixed("hkt", 480);
        fixed("awst", 480);
        fixed("jst", 540);
        fixed("kst", 540);
        fixed("acst", 570);
        fixed("aest", 600);
        fixed("aedt", 660);
        fixed("nzst", 720);
        fixed("nzdt", 780);
        fixed("est", -300);
        fixed("edt", -240);
        fixed("cst", -360);
        fixed("cdt", -300);
        fixed("mst", -420);
        fixed("mdt", -360);
        fixed("pst", -480);
        fixed("pdt", -420);
        fixed("akst", -540);
        fixed("akdt", -480);
        fixed("hst", -600);
        fixed("ast", -240);
        fixed("adt", -180);
        ABBREVIATIONS.put("et", ZoneId.of("America/New_York"));
        ABBREVIATIONS.put("ct", ZoneId.of("America/Chicago"));
        ABBREVIATIONS.put("mt", ZoneId.of("America/Denver"));
        ABBREVIATIONS.put("pt", ZoneId.of("America/Los_Angeles"));
        region("eastern", "America/New_York");
        region("us eastern", "America/New_York");
        region("central", "America/Chicago");
        region("mountain", "America/Denver");
        region("pacific", "America/Los_Angeles");
        region("central european", "Europe/Paris");
        region("eastern european", "Europe/Athens");
        region("western european", "Europe/Lisbon");
        region("western indonesia", "Asia/Jakarta");
        region("central indonesia", "Asia/Makassar");
        region("eastern indonesia", "Asia/Jayapura");
        region("greenwich", "UTC");
        region("universal", "UTC");
        region("british", "Europe/London");
        region("uk", "Europe/London");
        region("korea", "Asia/Seoul");
        region("korean", "Asia/Seoul");
        region("south korea", "Asia/Seoul");
        region("japan", "Asia/Tokyo");
        region("japanese", "Asia/Tokyo");
        region("india", "Asia/Kolkata");
        region("indian", "Asia/Kolkata");
        region("nepal", "Asia/Kathmandu");
        region("china", "Asia/Shanghai");
        region("beijing", "Asia/Shanghai");
        region("vietnam", "Asia/Ho_Chi_Minh");
        region("thailand", "Asia/Bangkok");
        region("philippine", "Asia/Manila");
        region("philippines", "Asia/Manila");
        region("manila", "Asia/Manila");
        region("indonesia", "Asia/Jakarta");
        region("malaysia", "Asia/Kuala_Lumpur");
        region("pakistan", "Asia/Karachi");
        region("gulf", "Asia/Dubai");
        region("uae", "Asia/Dubai");
        region("saudi", "Asia/Riyadh");
        region("israel", "Asia/Jerusalem");
        region("turkey", "Europe/Istanbul");
        region("moscow", "Europe/Moscow");
        region("russia", "Europe/Moscow");
        region("sa", "Africa/Johannesburg");
        region("south africa", "Africa/Johannesburg");
        region("nigeria", "Africa/Lagos");
        region("kenya", "Africa/Nairobi");
        region("egypt", "Africa/Cairo");
        region("france", "Europe/Paris");
        region("paris", "Europe/Paris");
        region("germany", "Europe/Berlin");
        region("geneva", "Europe/Zurich");
        region("swiss", "Europe/Zurich");
        region("switzerland", "Europe/Zurich");
        region("spain", "Europe/Madrid");
        region("italy", "Europe/Rome");
        region("brussels", "Europe/Brussels");
        region("hawaii", "Pacific/Honolulu");
        region("alaska", "America/Anchorage");
        region("texas", "America/Chicago");
        region("brazil", "America/Sao_Paulo");
        region("mexico", "America/Mexico_City");
        region("australia", "Australia/Sydney");
        region("sydney", "Australia/Sydney");
        region("new zealand", "Pacific/Auckland");
        region("jamaica", "America/Jamaica");
        region("washington", "America/New_York");
        for (String id : ZoneId.getAvailableZoneIds()) {
            // "Paris time", "20:05 in Paris": the cities of the time-zone database
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                CITIES.putIfAbsent(id.substring(slash + 1).replace('_', ' ').toLowerCase(Locale.ROOT), ZoneId.of(id));
            }
        }
    }

    private static void fixed(String abbreviation, int minutes) {
        ABBREVIATIONS.put(abbreviation, ZoneOffset.ofTotalSeconds(minutes * 60));
    }

    private static void region(String name, String id) {
        REGIONS.put(name, ZoneId.of(id));
    }

    /** A zone right after a time: " GMT", " (0003 GMT)" is another time and not read here, " local time", " Korea time". */
    private static final Pattern AFTER = Pattern.compile(
            "^[ \\u00A0]*(?:(?<local>local(?:\\s+time)?)\\b"
            + "|(?:by\\s+|in\\s+)?(?<region>(?:[A-Z][a-z]+|SA|UK|US|UAE)(?:\\s+[A-Z][a-z]+)?)\\s+(?:standard\\s+|summer\\s+|daylight\\s+)?[Tt]ime\\b"
            + "|(?<bare>Eastern|Pacific|Central|Mountain)\\b"
            + "|in\\s+(?<city>[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\b"
            + "|(?<abbr>[A-Za-z]{1,5})\\b(?![-'’]))");

    private TimeZones() {}

    /** The zone written right after a time, in {@code after} (the text that follows it), or null. */
    public static Named after(String after) {
        Matcher m = AFTER.matcher(after);
        if (!m.find()) {
            return null;
        }
        if (m.group("abbr") != null && m.group("region") == null && m.group("city") == null) {
            String a = m.group("abbr");
            // "3 p.m. ET", "0003 GMT", "2100Z": abbreviations are written in capitals
            boolean capitals = a.equals(a.toUpperCase(Locale.ROOT)) || a.equalsIgnoreCase("zulu");
            ZoneId z = capitals ? ABBREVIATIONS.get(a.toLowerCase(Locale.ROOT)) : null;
            return z == null ? null : new Named(m.end(), z, a);
        }
        if (m.group("local") != null) {
            return new Named(m.end(), null, "local time");
        }
        if (m.group("region") != null) {
            String r = m.group("region").toLowerCase(Locale.ROOT);
            ZoneId z = REGIONS.containsKey(r) ? REGIONS.get(r) : CITIES.get(r);
            if (z == null) {
                // "Taiwan time", "Peru time": a country with one clock
                z = ArticleZones.zone(m.group("region"), java.time.LocalDate.of(2001, 1, 15));
            }
            if (z == null && r.contains(" ")) {
                String last = r.substring(r.indexOf(' ') + 1);
                z = REGIONS.containsKey(last) ? REGIONS.get(last) : CITIES.get(last);
            }
            return z == null ? null : new Named(m.end(), z, m.group("region") + " time");
        }
        if (m.group("bare") != null) {
            return new Named(m.end(), REGIONS.get(m.group("bare").toLowerCase(Locale.ROOT)), m.group("bare"));
        }
        String city = m.group("city").toLowerCase(Locale.ROOT);
        ZoneId z = CITIES.get(city);
        if (z == null && REGIONS.containsKey(city)) {
            z = REGIONS.get(city);
        }
        return z == null ? null : new Named(m.end(), z, "in " + m.group("city"));
    }

    /** The zone a name stands for ("EDT", "Korea", "Paris"), or null: for an article's own time references. */
    public static ZoneId named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (name.equals(name.toUpperCase(Locale.ROOT)) && ABBREVIATIONS.containsKey(n)) {
            return ABBREVIATIONS.get(n);
        }
        return REGIONS.containsKey(n) ? REGIONS.get(n) : CITIES.get(n);
    }

    /** The zone a region of this table keeps ("hawaii", "geneva"), or null. */
    static ZoneId region(String name) {
        return REGIONS.get(name);
    }

    /** True for a zone that is UTC: a time in it is a conversion for readers elsewhere, not the article's own zone. */
    public static boolean isUtc(ZoneId z) {
        return z != null && z.getRules().isFixedOffset() && z.getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds() == 0;
    }
}
