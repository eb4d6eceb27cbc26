# irf: every login shell on this server opens the group's shared database, unless the
# user has chosen another file (IRF_DB already set).
if [ -z "${IRF_DB:-}" ]; then
    IRF_DB=/srv/irf/irf.sqlite
    export IRF_DB
fi
