package org.crosscheck.extract.recognize;

import java.util.List;
import org.crosscheck.extract.Bound;
import org.crosscheck.extract.ClaimKind;
import org.crosscheck.extract.Places;
import org.crosscheck.extract.Recognizer;
import org.crosscheck.extract.RecognizerExample;
import org.crosscheck.extract.Role;
import org.crosscheck.extract.SentenceText;

/**
 * Where something happened or came from: "in Lyon, France", "from Bangkok", "near the town", "off the coast of",
 * "the Indian Ocean", "Argentina's capital Buenos Aires". Countries are known by name; which smaller place lies in
 * which country is read from the text itself ("Lyon, France").
 */
public final class PlaceRecognizer implements Recognizer {

    @Override
    public String name() {
        return "places";
    }

    @Override
    public void find(SentenceText s) {
        for (Places.Named p : Places.find(s.text(), s.start(), s.end(), s.chars())) {
            if (!s.free(p.start(), p.end()) || p.start() == s.start()) {
                continue;
            }
            String shown = titleCase(p.place());
            s.add(s.mention(ClaimKind.PLACE, Role.OCCURS, p.start(), p.end(), 0, 0, "place", shown,
                    Places.isCountry(p.place()) ? "country" : "place", Bound.EXACT, p.within() == null ? "" : titleCase(p.within()), false));
        }
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            b.append(b.length() == 0 ? "" : " ").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    @Override
    public List<RecognizerExample> examples() {
        return List.of(
                RecognizerExample.of("The summit opened in Lyon, France, on Monday.", "2025-10-20", List.of("place Lyon"), List.of()),
                RecognizerExample.of("The jet was arriving from Manila when it crashed.", null, List.of("place Manila"), List.of()),
                RecognizerExample.of("The booster splashed down in the Indian Ocean.", null, List.of("place Indian Ocean"), List.of()),
                RecognizerExample.of("Talks were held in Kenya and Tanzania.", null, List.of("place Kenya", "place Tanzania"), List.of()),
                RecognizerExample.of("The vote comes in March.", null, List.of(), List.of("place")),
                RecognizerExample.of("Next year the court sits in The Hague; the ferry was bound for Port Said.", null,
                        List.of("place The Hague", "place Port Said"), List.of()),
                RecognizerExample.of("The storm hit the town of Elmira, 40 km north-east of Corning.", null,
                        List.of("place Elmira", "place Corning"), List.of()),
                RecognizerExample.of("The ferry ran aground off the tip of the Kola Peninsula.", null, List.of("place Kola Peninsula"), List.of()),
                RecognizerExample.of("Trains on the Lyon – Turin route resumed on Monday.", "2025-10-20", List.of("place Lyon", "place Turin"), List.of()),
                RecognizerExample.of("- Flight: XY 101 (A320), Porto (Sa Carneiro) to Faro", null, List.of("place Porto", "place Faro"), List.of()),
                RecognizerExample.of("Shares went from Tuesday to Friday without a trade.", null, List.of(), List.of("place")),
                RecognizerExample.of("The bill reached the state of emergency in The Times reading.", null, List.of(), List.of("place")));
    }
}
