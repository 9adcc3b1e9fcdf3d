package org.crosscheck;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.check.CheckResult;
import org.crosscheck.check.Checker;
import org.crosscheck.check.RuleException;
import org.crosscheck.check.RuleSet;
import org.crosscheck.extract.Mention;
import org.crosscheck.extract.MentionExtractor;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.Corpus;
import org.crosscheck.ingest.CorpusReader;
import org.crosscheck.ingest.InputException;
import org.crosscheck.normalize.ClaimNormalizer;
import org.crosscheck.normalize.Claims;
import org.crosscheck.report.Report;

/** The whole run, stage by stage: ingest, extract, normalize, check; the report is what comes out. */
public final class Pipeline {

    private final RuleSet rules;
    private final MentionExtractor extractor = new MentionExtractor();

    public Pipeline(RuleSet rules) {
        this.rules = rules;
    }

    /** Compiles the rules in {@code rulesFolder} once; the pipeline can then check many inputs. */
    public static Pipeline withRules(Path rulesFolder) throws RuleException {
        return new Pipeline(RuleSet.load(rulesFolder));
    }

    public Report run(List<Path> inputs) throws InputException {
        return run(new CorpusReader().read(inputs));
    }

    public Report run(Corpus corpus) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        for (Article a : corpus.articles()) {
            mentions.put(a.id(), extractor.extract(a.id(), a.text(), a.published()));
        }
        Claims claims = new ClaimNormalizer().normalize(corpus.articles(), mentions);
        CheckResult result = new Checker(rules).check(claims);
        return new Report(corpus.articles(), claims.claims(), result.findings(), rules.rules(), corpus.warnings(), result.problems());
    }

    public RuleSet rules() {
        return rules;
    }
}
