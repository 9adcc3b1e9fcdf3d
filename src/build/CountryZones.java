import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds src/main/resources/lexicon/country-zones.tsv from the public-domain time-zone database's zone.tab and
 * iso3166.tab (Debian's tzdata puts them in /usr/share/zoneinfo): for every country, its common names and its zones,
 * the first one marked when the database calls it the zone of most of the country ("most of Chile", "Spain
 * (mainland)"). A build aid, run by hand when the table is to be remade:
 *
 *   java src/build/CountryZones.java /usr/share/zoneinfo > src/main/resources/lexicon/country-zones.tsv
 */
public final class CountryZones {

    /** Names reporters use where the database's differ ("Britain (UK)", "Korea (South)"). */
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("GB", List.of("united kingdom", "britain")),
            Map.entry("US", List.of("united states")),
            Map.entry("KR", List.of("south korea")),
            Map.entry("KP", List.of("north korea")),
            Map.entry("CD", List.of("democratic republic of the congo", "dr congo")),
            Map.entry("CG", List.of("congo", "republic of the congo")),
            Map.entry("CI", List.of("ivory coast")),
            Map.entry("CZ", List.of("czech republic")),
            Map.entry("MM", List.of("myanmar")),
            Map.entry("SZ", List.of("eswatini")),
            Map.entry("BA", List.of("bosnia and herzegovina", "bosnia")),
            Map.entry("TT", List.of("trinidad and tobago")),
            Map.entry("AG", List.of("antigua and barbuda")),
            Map.entry("KN", List.of("st kitts and nevis")),
            Map.entry("ST", List.of("sao tome and principe")),
            Map.entry("VA", List.of("vatican city", "vatican")),
            Map.entry("PS", List.of("palestine")),
            Map.entry("AS", List.of("american samoa")),
            Map.entry("WS", List.of("samoa")),
            Map.entry("VG", List.of("british virgin islands")),
            Map.entry("VI", List.of("us virgin islands")),
            Map.entry("TC", List.of("turks and caicos islands")),
            Map.entry("MK", List.of("north macedonia")),
            Map.entry("TL", List.of("east timor", "timor-leste")),
            Map.entry("CV", List.of("cape verde")));

    /** Countries with one official zone where the database also lists an unofficial one (Xinjiang Time). */
    private static final java.util.Set<String> ONE_OFFICIAL_ZONE = java.util.Set.of("CN");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, String> countries = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("iso3166.tab"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                countries.put(f[0], f[1]);
            }
        }
        Map<String, List<String[]>> zones = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("zone.tab"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                zones.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new String[] {f[2], f.length > 3 ? f[3] : ""});
            }
        }
        System.out.println("# Countries and their time zones: name, ISO 3166 code, zones (the first marked * when it is the zone of most");
        System.out.println("# of the country), generated from the public-domain tz database (zone.tab, iso3166.tab) by");
        System.out.println("# src/build/CountryZones.java.");
        for (Map.Entry<String, String> c : countries.entrySet()) {
            List<String[]> z = zones.get(c.getKey());
            if (z == null) {
                continue;
            }
            // the zone of most of the country goes first, wherever the database lists it ("most of Ukraine")
            z = new ArrayList<>(z);
            boolean most = false;
            for (int i = 0; i < z.size() && z.size() > 1 && !most; i++) {
                if (z.get(i)[1].matches("(?i)(?:most of .*|.*\\((?:mainland|peninsula)\\).*)")) {
                    z.add(0, z.remove(i));
                    most = true;
                }
            }
            most |= ONE_OFFICIAL_ZONE.contains(c.getKey());
            StringBuilder ids = new StringBuilder();
            for (String[] e : z) {
                ids.append(ids.length() == 0 ? "" : ",").append(e[0]);
            }
            List<String> names = new ArrayList<>(NAMES.getOrDefault(c.getKey(), List.of()));
            String own = c.getValue().toLowerCase(Locale.ROOT).replace("&", "and").replaceFirst("^st ", "st ");
            if (!own.contains("(") && !names.contains(own)) {
                names.add(own);
            }
            for (String n : names) {
                System.out.println(n + "\t" + c.getKey() + "\t" + (most ? "*" : "") + ids);
            }
        }
    }
}
