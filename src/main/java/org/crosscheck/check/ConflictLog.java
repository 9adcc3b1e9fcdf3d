package org.crosscheck.check;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.normalize.Claim;
import org.kie.api.runtime.rule.RuleContext;

/** Collects what the rules find; rules reach it as the global {@code conflicts}. */
public final class ConflictLog {

    private final List<Conflict> conflicts = new ArrayList<>();

    /** Called from a rule's consequence: {@code conflicts.add(kcontext, $a, $b, "why")}. */
    public void add(RuleContext context, Claim first, Claim second, String reason) {
        conflicts.add(new Conflict(context.getRule().getName(), first, second, reason));
    }

    List<Conflict> conflicts() {
        return conflicts;
    }
}
