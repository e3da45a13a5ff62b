package org.receivables.core.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * Prints and parses the notation of payment terms (described on {@link PaymentTerms}). Matching is
 * ASCII case-insensitive, so it does not depend on the default locale.
 */
final class Notation {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String NUM = "(\\d{1,9})";
    private static final String DEC = "(\\d+(?:\\.\\d+)?)";

    private static final Pattern ROUNDING = Pattern.compile("^(.*) \\(rounding ([a-z_]+)\\)$", CI);
    private static final Pattern PERCENT = Pattern.compile("^" + DEC + "% (.*)$", CI);
    private static final Pattern BALANCE = Pattern.compile("^balance (.*)$", CI);
    private static final Pattern FIXED = Pattern.compile("^(?!net |day )([a-z]{3}) " + DEC + " (.*)$", CI);
    private static final Pattern DISCOUNT = Pattern.compile("^" + DEC + "/" + NUM + " (.*)$", CI);

    private static final Pattern DAY_LIMIT = Pattern.compile("^(.*?) if dated to day " + NUM + ", else (.*)$", CI);
    private static final Pattern RECEIPT = Pattern.compile("^due on receipt$", CI);
    private static final Pattern NET = Pattern.compile("^net " + NUM + "$", CI);
    private static final Pattern NET_EOM = Pattern.compile("^net " + NUM + " eom$", CI);
    private static final Pattern EOM = Pattern.compile("^eom$", CI);
    private static final Pattern EOM_PLUS = Pattern.compile("^eom\\+" + NUM + "$", CI);
    private static final Pattern MFI = Pattern.compile("^" + NUM + " mfi$", CI);
    private static final Pattern DAY_OF_MONTH = Pattern.compile("^day " + NUM + " of month\\+" + NUM + "$", CI);

    private Notation() {
    }

    static String normalize(CharSequence text) {
        return text.toString().strip()
                .replaceAll("\\s+", " ")
                .replaceAll(" ?; ?", "; ")
                .replaceAll(" ?, ?", ", ")
                .replaceAll(" ?/ ?", "/")
                .replaceAll(" ?\\+ ?", "+")
                .replaceAll(" %", "%");
    }

    // ---- printing ----

    static String printTerms(PaymentTerms terms) {
        List<InstalmentTerm> lines = terms.getInstalments();
        String body;
        InstalmentTerm first = lines.get(0);
        if (lines.size() == 1 && first.getPercentage().isPresent()) {
            body = printRuleAndDiscounts(first);
        } else {
            StringBuilder b = new StringBuilder();
            for (InstalmentTerm line : lines) {
                if (b.length() > 0) {
                    b.append("; ");
                }
                b.append(line);
            }
            body = b.toString();
        }
        return terms.getRoundingMode() == Percentage.DEFAULT_ROUNDING
                ? body : body + " (rounding " + terms.getRoundingMode().name() + ")";
    }

    static String printRuleAndDiscounts(InstalmentTerm line) {
        StringBuilder b = new StringBuilder();
        for (DiscountTerm d : line.getDiscounts()) {
            b.append(d).append(' ');
        }
        return b.append(line.getDueDateRule()).toString();
    }

    // ---- parsing ----

    static PaymentTerms parseTerms(CharSequence original) {
        String s = normalize(original);
        try {
            RoundingMode rounding = Percentage.DEFAULT_ROUNDING;
            Matcher m = ROUNDING.matcher(s);
            if (m.matches()) {
                s = m.group(1);
                rounding = roundingMode(m.group(2), original);
            }
            String[] texts = s.split("; ", -1);
            PaymentTerms.Builder b = PaymentTerms.builder();
            for (String text : texts) {
                b.addInstalments(parseLine(text, texts.length == 1, original));
            }
            return b.roundingMode(rounding).build();
        } catch (IllegalArgumentException ex) {
            if (ex.getMessage() != null && ex.getMessage().startsWith("paymentTerms notation")) {
                throw ex;
            }
            throw new IllegalArgumentException("paymentTerms notation '" + original + "' is invalid: "
                    + ex.getMessage(), ex);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("paymentTerms notation '" + original + "' is invalid: "
                    + ex.getMessage(), ex);
        }
    }

    private static RoundingMode roundingMode(String name, CharSequence original) {
        for (RoundingMode r : RoundingMode.values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        throw unknown(original);
    }

    private static InstalmentTerm parseLine(String text, boolean only, CharSequence original) {
        String rest = text;
        Percentage percent = null;
        Money fixed = null;
        boolean balance = false;
        Matcher m;
        if ((m = PERCENT.matcher(rest)).matches()) {
            percent = Percentage.of(new BigDecimal(m.group(1)));
            rest = m.group(2);
        } else if ((m = BALANCE.matcher(rest)).matches()) {
            balance = true;
            rest = m.group(1);
        } else if ((m = FIXED.matcher(rest)).matches()) {
            // Money.of refuses (ArithmeticException) more decimals than the currency has; parseTerms wraps it
            fixed = Money.of(CurrencyUnit.of(m.group(1).toUpperCase(Locale.ROOT)), new BigDecimal(m.group(2)));
            rest = m.group(3);
        } else if (only) {
            percent = Percentage.ONE_HUNDRED;
        } else {
            throw new IllegalArgumentException("paymentTerms notation '" + original
                    + "' has several lines, so each needs a portion (50%, EUR 100.00 or Balance): '" + text + "'");
        }
        List<DiscountTerm> discounts = new ArrayList<>();
        while ((m = DISCOUNT.matcher(rest)).matches()) {
            discounts.add(DiscountTerm.of(Percentage.of(new BigDecimal(m.group(1))), Integer.parseInt(m.group(2))));
            rest = m.group(3);
        }
        DueDateRule rule = parseRule(rest, original);
        if (percent != null) {
            return InstalmentTerm.ofPercentage(percent, rule, discounts);
        }
        return balance ? InstalmentTerm.ofBalance(rule, discounts) : InstalmentTerm.ofFixedAmount(fixed, rule, discounts);
    }

    static DueDateRule parseRuleText(CharSequence original) {
        try {
            return parseRule(normalize(original), original);
        } catch (IllegalArgumentException ex) {
            if (ex.getMessage() != null && ex.getMessage().startsWith("paymentTerms notation")) {
                throw ex;
            }
            throw new IllegalArgumentException("paymentTerms notation '" + original + "' is invalid: "
                    + ex.getMessage(), ex);
        }
    }

    static DueDateRule parseRule(String s, CharSequence original) {
        Matcher m;
        if ((m = DAY_LIMIT.matcher(s)).matches()) {
            return DueDateRule.dayLimit(Integer.parseInt(m.group(2)), parseRule(m.group(1), original),
                    parseRule(m.group(3), original));
        }
        if (RECEIPT.matcher(s).matches()) {
            return DueDateRule.daysAfterInvoice(0);
        }
        if ((m = NET.matcher(s)).matches()) {
            return DueDateRule.daysAfterInvoice(Integer.parseInt(m.group(1)));
        }
        if ((m = NET_EOM.matcher(s)).matches()) {
            return DueDateRule.endOfMonthPlusDays(Integer.parseInt(m.group(1)));
        }
        if (EOM.matcher(s).matches()) {
            return DueDateRule.endOfMonthPlusDays(0);
        }
        if ((m = EOM_PLUS.matcher(s)).matches()) {
            return DueDateRule.endOfMonthAfter(Integer.parseInt(m.group(1)));
        }
        if ((m = MFI.matcher(s)).matches()) {
            return DueDateRule.dayOfMonthAfter(1, Integer.parseInt(m.group(1)));
        }
        if ((m = DAY_OF_MONTH.matcher(s)).matches()) {
            return DueDateRule.dayOfMonthAfter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        throw unknown(original);
    }

    private static IllegalArgumentException unknown(CharSequence original) {
        return new IllegalArgumentException("paymentTerms notation is not recognised: '" + original + "'");
    }
}
