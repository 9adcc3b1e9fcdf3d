package org.crosscheck.extract;

import java.util.List;

/**
 * Finds the claims of one kind (or of kinds that share their forms) in a sentence. A new way of writing a
 * fact is added to one recognizer, with an example sentence saying what it must and must not yield; one generic
 * test checks every recognizer against its examples.
 */
public interface Recognizer {

    /** What the recognizer finds, as a reader would say it ("dates and times", "rates"). */
    String name();

    /** Adds the mentions of {@code sentence} to it; spans earlier recognizers took are left alone. */
    void find(SentenceText sentence);

    /** Example sentences with the claims they must yield and must not yield. */
    List<RecognizerExample> examples();
}
