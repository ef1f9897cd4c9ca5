package dev.newspipe.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the pipeline's topics that do not exist yet; running it twice changes nothing. */
public final class TopicSetup {

    private TopicSetup() {}

    /** @return one line per topic: created, or already there */
    public static List<String> ensure(Admin admin, TopicNames names, int partitions, short replicationFactor)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (String topic : names.all()) {
            if (existing.contains(topic)) {
                report.add("topic " + topic + " exists");
                continue;
            }
            NewTopic t = new NewTopic(topic, topic.equals(names.alertRules()) ? 1 : partitions, replicationFactor);
            if (topic.equals(names.alertRules())) {
                // rules are read whole as a global table: keep only the latest per rule id
                t.configs(Map.of("cleanup.policy", "compact"));
            }
            missing.add(t);
            report.add("created topic " + topic);
        }
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get();
        }
        return report;
    }
}
