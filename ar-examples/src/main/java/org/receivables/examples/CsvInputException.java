package org.receivables.examples;

import java.util.List;

/**
 * Thrown when CSV input cannot be read into a portfolio; it carries every problem found, in file
 * and line order, not just the first.
 */
public final class CsvInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, not null, not empty
     * @throws IllegalArgumentException if problems is empty
     */
    public CsvInputException(List<CsvProblem> problems) {
        super(problems.size() + " problem(s), the first: " + first(problems));
        this.problems = List.copyOf(problems);
    }

    private static CsvProblem first(List<CsvProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty: " + problems);
        }
        return problems.get(0);
    }

    /**
     * Gets the problems.
     *
     * @return every problem found, not empty
     */
    public List<CsvProblem> getProblems() {
        return problems;
    }
}
