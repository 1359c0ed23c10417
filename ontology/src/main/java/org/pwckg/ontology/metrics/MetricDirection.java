package org.pwckg.ontology.metrics;

/** A metric's direction and the rule that decided it (shown to users, stored in the graph). */
public record MetricDirection(Direction direction, String rule) {}
