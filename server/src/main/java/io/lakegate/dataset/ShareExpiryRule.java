package io.lakegate.dataset;

/** A dataset's rule for share requests: each must pick an expiry of {@code minMonths} to {@code maxMonths} months. */
public record ShareExpiryRule(int minMonths, int maxMonths) {

    public static final int LONGEST_MONTHS = 120;

    public ShareExpiryRule {
        if (minMonths < 1 || maxMonths < minMonths || maxMonths > LONGEST_MONTHS) {
            throw new IllegalArgumentException("Shares expire after between 1 and %d months, the minimum first; not %d to %d"
                    .formatted(LONGEST_MONTHS, minMonths, maxMonths));
        }
    }

    public boolean allows(int months) {
        return months >= minMonths && months <= maxMonths;
    }
}
