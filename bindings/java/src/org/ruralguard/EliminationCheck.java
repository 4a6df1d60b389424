package org.ruralguard;

import java.util.Set;

/**
 * The result of {@link Risk#checkElimination} ({@code rg_elimination_result} and its report).
 *
 * @param kind the kind of elimination checked
 * @param failed every condition that fails (any one blocks)
 * @param vetoes bit (1 << veto item) per veto item that holds (docs/policy.md)
 * @param report one line per failure in the chosen language
 */
public record EliminationCheck(boolean eligible, EliminationKind kind,
    Set<EliminationCondition> failed, int vetoes, String report) {}
