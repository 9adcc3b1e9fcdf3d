package org.crosscheck.rulecache;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles DRL sources into Drools's executable model, packed as a jar of precompiled rule classes. */
final class ExecutableModel {

    /**
     * The jar's bytes, or why the executable model would not take the rules.
     *
     * @param jar     the kjar, null when the build failed
     * @param problem the first build error, null when it succeeded
     */
    record Built(byte[] jar, String problem) {}

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private ExecutableModel() {}

    static Built build(Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("org.crosscheck.rules", "compiled", "1.0.0");
        KieFileSystem files = ks.newKieFileSystem();
        files.generateAndWritePomXML(id);
        for (Map.Entry<String, String> s : sources.entrySet()) {
            // under the folder of its package (Drools warns otherwise); the file's own path keeps names unique
            Matcher m = PACKAGE.matcher(s.getValue());
            String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
            files.write("src/main/resources/" + folder + s.getKey().replace('/', '_'), s.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() == Message.Level.ERROR) {
                return new Built(null, message.getPath() + ":" + message.getLine() + ": " + message.getText());
            }
        }
        return new Built(((InternalKieModule) builder.getKieModule()).getBytes(), null);
    }
}
