package org.pwckg.bench.reliability;

import java.util.List;

/** A class of hostile requests: {@code attackers} clients send its shots in turn, without pause. */
record Attack(String name, int attackers, List<Shot> shots) {}
