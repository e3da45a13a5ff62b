package org.receivables.examples.report;

import java.math.BigDecimal;
import org.joda.money.Money;

/** Number formatting shared by the cells and renderers: exact, locale-free, grouped by thousands. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Formats a decimal at its own scale with a comma every three integer digits: {@code -1,234.50}.
     *
     * @param value the value
     * @return the text
     */
    static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder sb = new StringBuilder();
        if (value.signum() < 0) {
            sb.append('-');
        }
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        sb.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            sb.append(',').append(integer, i, i + 3);
        }
        return sb.append(fraction).toString();
    }

    /**
     * Formats money as its currency code and grouped amount: {@code EUR 1,234.50}.
     *
     * @param money the amount
     * @return the text
     */
    static String format(Money money) {
        return money.getCurrencyUnit().getCode() + " " + grouped(money.getAmount());
    }
}
