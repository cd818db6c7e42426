-- Users from the company directory (LDAP / Active Directory): the directory checks their password and its groups
-- give their roles; the CRM creates their row at their first login and refreshes name, e-mail and roles at every
-- login. The container's JDBC realm skips these rows, so only the directory can let them in. Portable SQL.

ALTER TABLE crm_user ADD directory_user BOOLEAN DEFAULT FALSE NOT NULL;
