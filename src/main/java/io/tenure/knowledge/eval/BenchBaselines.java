package io.tenure.knowledge.eval;

import io.tenure.UserError;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.search.PassageRetriever;

/**
 * Peer baselines that need a large runtime (the MiniLM model and ONNX, about 200 MB) are in
 * target/tenure-bench.jar, not in the production jar; the evaluation finds them when that jar is run.
 */
final class BenchBaselines {
    static final String MINILM = "io.tenure.bench.eval.MiniLmRetriever";

    private BenchBaselines() {
    }

    static PassageRetriever miniLm(KnowledgeIndex index) {
        try {
            return (PassageRetriever) Class.forName(MINILM).getConstructor(KnowledgeIndex.class).newInstance(index);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new UserError("the minilm baseline ships in target/tenure-bench.jar with its model: "
                    + "java -jar target/tenure-bench.jar eval --retriever minilm ...", 2);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + MINILM, e);
        }
    }
}
