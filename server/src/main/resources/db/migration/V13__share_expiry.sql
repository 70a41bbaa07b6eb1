-- the months a request asks for, the end of its access once approved, and a pending extension's months
alter table shares
    add column expiry_months    int,
    add column expires_at       timestamptz,
    add column extension_months int,
    add column expiry_warned_at timestamptz;
create index shares_expiry_idx on shares (expires_at) where expires_at is not null;
