package org.inferscope.engine.data;

import org.inferscope.engine.api.Target;

/** A target together with a short phrase saying why it got its task ("10 distinct integer values"). */
record TaskDecision(Target target, String reason) {
}
