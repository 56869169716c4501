package dev.example.scorer;

import java.util.Map;

/** Sample scorer: a Lambda handler method (dev.example.scorer.Handler::handleRequest), no dependencies. */
public final class Handler {
    public Map<String, Object> handleRequest(Map<String, Object> event, Object context) {
        return Map.of("score", event == null ? 0 : event.size());
    }
}
