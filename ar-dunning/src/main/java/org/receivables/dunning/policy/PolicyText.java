package org.receivables.dunning.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.fee.FeeBasis;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.fee.FixedFee;
import org.receivables.dunning.fee.PercentageFee;

/** Reads and writes the plain-text description of a {@link LeveledPolicy}; see {@link LeveledPolicy#parse(CharSequence)}. */
final class PolicyText {

    private PolicyText() {
    }

    static String print(LeveledPolicy policy) {
        StringBuilder b = new StringBuilder();
        b.append("policy ").append(policy.getName()).append('\n');
        if (policy.getGraceDays() != 0) {
            b.append("grace ").append(policy.getGraceDays()).append(" days\n");
        }
        if (policy.getMinimumDaysBetweenNotices() != 0) {
            b.append("interval ").append(policy.getMinimumDaysBetweenNotices()).append(" days\n");
        }
        if (policy.isJumpToMatchingLevel()) {
            b.append("jump to matching level\n");
        }
        if (policy.isKeepLevelAfterPayment()) {
            b.append("keep level after payment\n");
        }
        for (DunningLevel level : policy.getLevels()) {
            b.append("level ").append(level.getDaysPastDue()).append(':');
            List<String> actions = new ArrayList<>();
            level.getActions().forEach(a -> actions.add(a.name()));
            b.append(' ').append(String.join(", ", actions));
            level.getFee().ifPresent(f -> b.append(" fee ").append(printFee(f)));
            if (level.getFee().isPresent() && level.getFeeBasis() == FeeBasis.PER_NOTICE) {
                b.append(" per notice");
            }
            level.getMinimumAmount().ifPresent(m -> b.append(" minimum ").append(m));
            level.getMinimumShare().ifPresent(s -> b.append(" share ").append(s));
            level.getInterest().ifPresent(i -> b.append(" interest ").append(i));
            b.append('\n');
        }
        policy.getInterest().ifPresent(i -> b.append("interest ").append(i).append('\n'));
        policy.getCompensation().ifPresent(c -> b.append("compensation ").append(printFee(c)).append('\n'));
        return b.toString();
    }

    private static String printFee(FeeRule rule) {
        if (rule instanceof FixedFee) {
            return ((FixedFee) rule).getFee().toString();
        }
        if (rule instanceof PercentageFee) {
            PercentageFee p = (PercentageFee) rule;
            return p.getRate() + p.getMinimum().map(m -> " feemin " + m).orElse("")
                    + p.getMaximum().map(m -> " feemax " + m).orElse("");
        }
        return rule.toString();
    }

    static LeveledPolicy parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        LeveledPolicy.Builder builder = LeveledPolicy.builder();
        boolean named = false;
        String[] lines = text.toString().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            try {
                if (line.startsWith("policy ")) {
                    if (named) {
                        throw new IllegalArgumentException("the policy is named twice");
                    }
                    builder.name(line.substring("policy ".length()).strip());
                    named = true;
                } else if (line.startsWith("grace ")) {
                    builder.graceDays(days(line, "grace "));
                } else if (line.startsWith("interval ")) {
                    builder.minimumDaysBetweenNotices(days(line, "interval "));
                } else if (line.equals("jump to matching level")) {
                    builder.jumpToMatchingLevel(true);
                } else if (line.equals("keep level after payment")) {
                    builder.keepLevelAfterPayment(true);
                } else if (line.startsWith("level ")) {
                    builder.addLevels(level(line));
                } else {
                    throw new IllegalArgumentException("unknown statement");
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new IllegalArgumentException("policy text line " + (i + 1) + " '" + lines[i].strip() + "': "
                        + e.getMessage(), e);
            }
        }
        if (!named) {
            throw new IllegalArgumentException("policy text has no 'policy <name>' line: '" + text + "'");
        }
        return builder.build();
    }

    private static int days(String line, String keyword) {
        String rest = line.substring(keyword.length()).strip();
        if (!rest.matches("\\d{1,6} days?")) {
            throw new IllegalArgumentException("expected '" + keyword + "<n> days'");
        }
        return Integer.parseInt(rest.substring(0, rest.indexOf(' ')));
    }

    private static DunningLevel level(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("expected 'level <days>: <ACTION>, ...'");
        }
        String days = line.substring("level ".length(), colon).strip();
        if (!days.matches("[+-]?\\d{1,6}")) {
            throw new IllegalArgumentException("level days '" + days + "' is not a whole number");
        }
        DunningLevel.Builder level = DunningLevel.builder().daysPastDue(Integer.parseInt(days));
        String[] words = line.substring(colon + 1).strip().split("\\s+");
        int w = 0;
        boolean action = false;
        while (w < words.length && !isKeyword(words[w])) {
            for (String name : words[w].split(",")) {
                if (!name.isEmpty()) {
                    level.addActions(action(name));
                    action = true;
                }
            }
            w++;
        }
        if (!action) {
            throw new IllegalArgumentException("a level needs at least one action");
        }
        PercentageFee.Builder percentageFee = null;
        while (w < words.length) {
            String keyword = words[w];
            if (!isKeyword(keyword)) {
                throw new IllegalArgumentException("unexpected '" + keyword + "'");
            }
            if (keyword.equals("fee") && w + 1 < words.length && words[w + 1].endsWith("%")) {
                percentageFee = PercentageFee.builder().rate(Percentage.parse(words[w + 1]));
                w += 2;
            } else if (keyword.equals("feemin") || keyword.equals("feemax")) {
                if (percentageFee == null) {
                    throw new IllegalArgumentException(keyword + " must follow a percentage fee");
                }
                if (w + 2 >= words.length) {
                    throw new IllegalArgumentException(keyword + " needs an amount such as 'EUR 5.00'");
                }
                Money amount = Money.parse(words[w + 1] + " " + words[w + 2]);
                if (keyword.equals("feemin")) {
                    percentageFee.minimum(amount);
                } else {
                    percentageFee.maximum(amount);
                }
                w += 3;
            } else if (keyword.equals("per")) {
                if (w + 1 >= words.length || !(words[w + 1].equals("notice") || words[w + 1].equals("item"))) {
                    throw new IllegalArgumentException("per needs 'notice' or 'item'");
                }
                level.feeBasis(words[w + 1].equals("notice") ? FeeBasis.PER_NOTICE : FeeBasis.PER_ITEM);
                w += 2;
            } else if (keyword.equals("share")) {
                if (w + 1 >= words.length) {
                    throw new IllegalArgumentException("share needs a percentage");
                }
                level.minimumShare(Percentage.parse(words[w + 1]));
                w += 2;
            } else {
                if (w + 2 >= words.length) {
                    throw new IllegalArgumentException(keyword + " needs an amount such as 'EUR 5.00'");
                }
                Money amount = Money.parse(words[w + 1] + " " + words[w + 2]);
                if (keyword.equals("fee")) {
                    level.fee(FeeRule.fixed(amount));
                } else {
                    level.minimumAmount(amount);
                }
                w += 3;
            }
        }
        if (percentageFee != null) {
            level.fee(percentageFee.build());
        }
        return level.build();
    }

    private static boolean isKeyword(String word) {
        return word.equals("fee") || word.equals("feemin") || word.equals("feemax") || word.equals("minimum")
                || word.equals("share") || word.equals("per");
    }

    private static ActionKind action(String name) {
        try {
            return ActionKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action '" + name + "' is none of " + List.of(ActionKind.values()), e);
        }
    }
}
