# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_chorus_global_optspecs
    string join \n store= as= format= q/quiet no-progress y/yes color= timeout= h/help V/version
end

function __fish_chorus_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_chorus_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_chorus_using_subcommand
    set -l cmd (__fish_chorus_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c chorus -n "__fish_chorus_needs_command" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_needs_command" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_needs_command" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_needs_command" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_needs_command" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_needs_command" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_needs_command" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_needs_command" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chorus -n "__fish_chorus_needs_command" -s V -l version -d 'Print version'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "account" -d 'User accounts: sign up, activate, profile, password, event feed'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "structure" -d 'Structures (legal entities), their parameters and spaces'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "attach" -d 'Attachments of accounts to structures, and roles'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "service" -d 'Services of a structure and the habilitations of users on them'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "deposit" -d 'Deposit an invoice PDF (Factur-X data inside is read and checked)'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "invoice" -d 'Invoices: entry, lifecycle, reading'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "directory" -d 'The public directory (annuaire): import, lookup, search, export, routing check'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "works-file" -d 'Works invoices: dossiers de facturation and their pieces (cadres A4–A25)'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "ticket" -d 'Tickets (sollicitations): questions to public structures and to support'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "login" -d 'Sign in to a remote store: exchange a password for a token kept for that store'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "logout" -d 'Sign out of a remote store: revoke the token and forget it'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "serve" -d 'Serve a store to a team over HTTP (`--store` is the file served)'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "generate-docs" -d 'Write the man pages and shell completions (for packagers and the repository)'
complete -c chorus -n "__fish_chorus_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "create" -d 'Sign up: create an account, pending activation'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "activate" -d 'Activate an account with its token and choose a password'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "show" -d 'Show an account (default: the acting one)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "list" -d 'List accounts: all for the operator, those of your structures for managers'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "update" -d 'Change names or phone number'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "password" -d 'Change the acting account\'s password (the current one is required)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "deactivate" -d 'Deactivate an account (default: the acting one); it can no longer act'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "events" -d 'The event feed: changes to your account and structures, newest first'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "notifications" -d 'Messages chorus would have e-mailed to an account (activation token…)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and not __fish_seen_subcommand_from create activate show list update password deactivate events notifications help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l email -d 'E-mail address: the account\'s login' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l first-name -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l last-name -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l siret -d 'SIRET of the user\'s own establishment (14 digits, check digit verified)' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l phone -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l no-siret -d 'The user has no SIRET'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l email -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l token -d 'The activation token printed by `account create`' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l security-question -d 'A security question; its answer is asked like the password' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l password-stdin -d 'Read the password (and the security answer on a second line) from stdin'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l email -d 'The account to update (default: the acting one; operator: any)' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l first-name -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l last-name -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l phone -d 'New phone number ("" removes it)' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l password-stdin -d 'Read the current password then the new one, one per line, from stdin'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from password" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l since -d 'Only events on or after this date (2026-11-22) or instant (RFC 3339)' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l limit -d 'At most this many events' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from notifications" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "create" -d 'Sign up: create an account, pending activation'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Activate an account with its token and choose a password'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an account (default: the acting one)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts: all for the operator, those of your structures for managers'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change names or phone number'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "password" -d 'Change the acting account\'s password (the current one is required)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate an account (default: the acting one); it can no longer act'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "events" -d 'The event feed: changes to your account and structures, newest first'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "notifications" -d 'Messages chorus would have e-mailed to an account (activation token…)'
complete -c chorus -n "__fish_chorus_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "create" -d 'Create a structure; you become its principal manager'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "show" -d 'Show a structure: parameters, managers, services, spaces'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "search" -d 'Search structures by name, identifier prefix, label, type or status'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "update" -d 'Change a structure\'s fiche (managers) or routing parameters (operator, public only)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "deactivate" -d 'Deactivate a structure (principal manager or operator)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "activate" -d 'Reactivate a structure (principal manager or operator)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "space" -d 'Spaces (espaces) of a structure and access requests'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and not __fish_seen_subcommand_from create show search update deactivate activate space help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l identifier -d 'Identifier (SIRET: 14 digits; leading zeros kept)' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l identifier-type -d 'SIRET, UE_HORS_FRANCE, HORS_UE, RIDET, TAHITI, AUTRE or PARTICULIER' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l name -d 'Legal name (raison sociale)' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l label -d 'Short label shown in lists' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l address -d 'Street address' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l postcode -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l city -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l country -d 'ISO country code' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l public -d 'A public structure (PUBLIQUE), invoice recipient — operator only'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l service-required -d 'codeServiceDoitEtreRenseigne: invoices must name a service'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l engagement-required -d 'numeroEJDoitEtreRenseigne: invoices must carry an engagement number'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l service-or-engagement-required -d 'gestionNumeroEJOuCodeService: a service or an engagement number is required'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l payment-status-not-reported -d 'statutMiseEnPaiementNestPasRemonte: payment status is not reported'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l name -d 'Case-insensitive part of the name' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l identifier -d 'Identifier prefix' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l label -d 'Case-insensitive part of the label' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l status -d 'ACTIF or INACTIF' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l limit -d 'At most N results (0: no limit)' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l public -d 'Only public structures'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l private -d 'Only private structures'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l name -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l label -d 'New label ("" removes it)' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l address -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l postcode -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l city -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l country -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l service-required -d 'codeServiceDoitEtreRenseigne (operator, public structures)' -r -f -a "true\t''
false\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l engagement-required -d 'numeroEJDoitEtreRenseigne (operator, public structures)' -r -f -a "true\t''
false\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l service-or-engagement-required -d 'gestionNumeroEJOuCodeService (operator, public structures)' -r -f -a "true\t''
false\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l payment-status-not-reported -d 'statutMiseEnPaiementNestPasRemonte (operator, public structures)' -r -f -a "true\t''
false\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "list" -d 'The spaces of a structure: open or not, and your access'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "open" -d 'Open a space (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "close" -d 'Close a space (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "request" -d 'Ask the managers for access to a space (simple users)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "requests" -d 'Access requests of a structure (managers: all; users: their own)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "accept" -d 'Accept an access request (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "refuse" -d 'Refuse an access request (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from space" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a structure; you become its principal manager'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a structure: parameters, managers, services, spaces'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "search" -d 'Search structures by name, identifier prefix, label, type or status'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a structure\'s fiche (managers) or routing parameters (operator, public only)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a structure (principal manager or operator)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Reactivate a structure (principal manager or operator)'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "space" -d 'Spaces (espaces) of a structure and access requests'
complete -c chorus -n "__fish_chorus_using_subcommand structure; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "request" -d 'Ask to be attached to a structure'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "list" -d 'Attachments you can see: your own, and your structures\' (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "accept" -d 'Accept a request with a role (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "refuse" -d 'Refuse a request, saying why (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "set-role" -d 'Change the role of an attached account (managers; not the principal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "remove" -d 'Detach an account (managers), or yourself'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "transfer" -d 'Hand the principal manager role to another attached account'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and not __fish_seen_subcommand_from request list accept refuse set-role remove transfer help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l structure -d 'Identifier of the structure' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l comment -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from request" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l status -d 'EN_COURS_DE_VALIDATION (pending), VALIDEE (accepted), REFUSEE (refused), DESACTIVEE' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l role -d 'secondary (GESTIONNAIRE_SECONDAIRE), user (UTILISATEUR_SIMPLE); principal: operator only' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l reason -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from refuse" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l account -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l role -d 'secondary or user' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l account -d 'Default: yourself' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l to -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "request" -d 'Ask to be attached to a structure'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "list" -d 'Attachments you can see: your own, and your structures\' (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept a request with a role (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "refuse" -d 'Refuse a request, saying why (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Change the role of an attached account (managers; not the principal)'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Detach an account (managers), or yourself'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Hand the principal manager role to another attached account'
complete -c chorus -n "__fish_chorus_using_subcommand attach; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "create" -d 'Create a service in a structure (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "list" -d 'List the services of a structure'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "show" -d 'Show a service and who is habilitated on it'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "update" -d 'Change a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "deactivate" -d 'Deactivate a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "activate" -d 'Reactivate a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "grant" -d 'Habilitate an attached user on a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "revoke" -d 'Withdraw a user\'s habilitation on a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and not __fish_seen_subcommand_from create list show update deactivate activate grant revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l code -d 'Code: 1-100 characters among A-Z 0-9 _ -' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l name -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l engagement-required -d 'Invoices to this service must carry an engagement number'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l payment-status-not-reported -d 'Payment status is not reported for this service'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l name -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l engagement-required -r -f -a "true\t''
false\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l payment-status-not-reported -r -f -a "true\t''
false\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l service -d 'Service code' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l account -d 'E-mail of the attached account' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l structure -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l service -d 'Service code' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l account -d 'E-mail of the attached account' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a service in a structure (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the services of a structure'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a service and who is habilitated on it'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Deactivate a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Reactivate a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "grant" -d 'Habilitate an attached user on a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Withdraw a user\'s habilitation on a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l batch -d 'Deposit every record of a manifest (CSV, JSON, NDJSON, or PDF paths one per line; - = stdin)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l input-format -d 'The manifest\'s format, when its extension does not tell' -r -f -a "csv\t''
json\t''
ndjson\t''
lines\t''"
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l jobs -d 'PDFs analysed in parallel [default: number of cores]' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l key -d 'Idempotency key: the same key and content again reports the first invoice, unchanged' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l supplier -d 'Supplier structure (default: the document\'s seller, else your only structure)' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l supplier-service -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l recipient -d 'Recipient public structure (default: the document\'s buyer)' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l recipient-service -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l engagement -d 'Engagement number (numéro d\'engagement juridique / bon de commande)' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l market -d 'Market (contract) number' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l number -d 'Invoice number (≤ 20 of A-Z a-z 0-9 - _ / +)' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l date -d 'Invoice date' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l type -d 'FACTURE or AVOIR' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l original-number -d 'The invoice a credit note corrects' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l currency -d 'ISO 4217 currency [default: EUR]' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l vat-regime -d 'TVA_SUR_DEBIT, TVA_SUR_ENCAISSEMENT, EXONERATION or SANS_TVA' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l payment-mode -d 'CHEQUE, PRELEVEMENT, VIREMENT, ESPECE, AUTRE or REPORT' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l total-excl-vat -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l vat -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l total-incl-vat -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l amount-due -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l framework -d 'A1 (default), A2 (already paid), A9 (subcontractor), A12 (co-contractor)' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l validator -d 'Validating structure for A9/A12 (main contractor / mandataire)' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l attach -d 'An attachment (repeatable; ≤ 10 MB, name ≤ 50 characters)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l comment -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l atomic -d 'All records or none (one transaction)'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l stop-on-error -d 'Stop at the first record that fails'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l allow-absolute-paths -d 'Let the manifest name files by absolute paths (a manifest you trust)'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l draft -d 'Keep it as a draft (BROUILLON)'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l dry-run -d 'Analyse and check everything, store nothing'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand deposit" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "create" -d 'Enter an invoice from JSON; chorus generates its Factur-X PDF'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "render" -d 'Make an invoice\'s Factur-X PDF from its JSON, without a store (CI jobs, scripts)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "analyse" -d 'Read invoice PDFs as deposit would, without a store: what each one says'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "validate" -d 'Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "show" -d 'The whole invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "status" -d 'Current status and its history, oldest first'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "list" -d 'Invoices you can see, newest first'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "dashboard" -d 'Counts and amounts per status (tableau de bord)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "todo" -d 'What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "process" -d 'Recipient: move an invoice along its processing'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "recycle" -d 'Supplier: send an A_RECYCLER invoice to the right recipient'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "complete" -d 'Supplier: complete a SUSPENDUE invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "approve" -d 'Validator (A9/A12): approve an invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "refuse" -d 'Validator (A9/A12): refuse an invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "update" -d 'Change a draft (BROUILLON) before submitting it; "" clears a field'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "submit" -d 'Submit a draft: the deposit rules run and it is routed'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "delete" -d 'Delete a draft'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "download" -d 'Save the invoice PDF (and its attachments)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "certificate" -d 'The deposit certificate (certificat de dépôt) as a PDF'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and not __fish_seen_subcommand_from create render analyse validate show status list dashboard todo process recycle complete approve refuse update submit delete download certificate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l from -d 'The invoice as JSON (see examples/invoice.json); - reads stdin' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l draft -d 'Keep it as a draft (BROUILLON)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l from -d 'The invoice as JSON (see examples/invoice.json); - reads stdin' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -s o -l output -d 'Where to write the PDF (- for stdout)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l force -d 'Replace a file that already exists (without it: refuse, write nothing)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from analyse" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l batch -d 'A manifest of invoices: paths one per line, or CSV with a `file` column; - reads stdin' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l rules -d 'The rule sets to judge by, comma-separated: en16931, chorus, fr-ctc' -r -f -a "en16931\t'The official EN 16931 business rules (BR-*), by profile'
chorus\t'Chorus Pro\'s own acceptance rules (chorus codes, never a BR id)'
fr-ctc\t'The French CTC rules of the 2026 reform (BR-FR-*)'"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l warnings-as-errors -d 'Count warnings as errors: an invoice with a warning is invalid'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l status -d 'Statuses, comma-separated (or the flag repeated)' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l number -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l supplier -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l recipient -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l service -d 'Supplier or recipient service code' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l from -d 'Invoice date from' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l to -d 'Invoice date to (inclusive)' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l deposited-from -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l deposited-to -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l min-amount -d 'Minimum total including VAT' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l max-amount -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l role -d 'Only invoices where you are this party' -r -f -a "supplier\t''
recipient\t''
validator\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l limit -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l offset -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l archived -d 'Invoices untouched for more than two years'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l role -r -f -a "supplier\t''
recipient\t''
validator\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l limit -d 'At most N invoices, newest first (0: all)' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from todo" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l status -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l reason -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l mandate-number -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from process" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l recipient -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l recipient-service -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l engagement -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from recycle" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l attach -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l comment -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from complete" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l reason -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from refuse" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l number -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l date -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l recipient -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l recipient-service -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l engagement -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l market -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l original-number -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l comment -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l total-excl-vat -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l vat -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l total-incl-vat -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l amount-due -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -s o -l output -d 'Where to write the PDF (default: its name in the current folder; - for stdout)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l with-attachments -d 'Also write the attachments, next to the PDF'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l force -d 'Replace files that already exist (without it: refuse, write nothing)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -s o -l output -r -F
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l force -d 'Replace files that already exist (without it: refuse, write nothing)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from certificate" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "create" -d 'Enter an invoice from JSON; chorus generates its Factur-X PDF'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "render" -d 'Make an invoice\'s Factur-X PDF from its JSON, without a store (CI jobs, scripts)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "analyse" -d 'Read invoice PDFs as deposit would, without a store: what each one says'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "show" -d 'The whole invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "status" -d 'Current status and its history, oldest first'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "list" -d 'Invoices you can see, newest first'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'Counts and amounts per status (tableau de bord)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "todo" -d 'What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "process" -d 'Recipient: move an invoice along its processing'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "recycle" -d 'Supplier: send an A_RECYCLER invoice to the right recipient'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "complete" -d 'Supplier: complete a SUSPENDUE invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Validator (A9/A12): approve an invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "refuse" -d 'Validator (A9/A12): refuse an invoice'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a draft (BROUILLON) before submitting it; "" clears a field'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a draft: the deposit rules run and it is routed'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a draft'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "download" -d 'Save the invoice PDF (and its attachments)'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "certificate" -d 'The deposit certificate (certificat de dépôt) as a PDF'
complete -c chorus -n "__fish_chorus_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -f -a "import" -d 'Import the public directory (operator): upsert structures and services by identifier'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -f -a "lookup" -d 'Look structures up by identifier: one answer per identifier, in order'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -f -a "search" -d 'Full-text search over names, labels and service names (case and accents ignored)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -f -a "export" -d 'Export the directory (or what changed since a date) in the columns import reads'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -f -a "check" -d 'Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and not __fish_seen_subcommand_from import lookup search export check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l input-format -d 'csv, json or ndjson [default: from the extension, else the content]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l full -d 'The file is the whole directory: what it does not list becomes INACTIF'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l atomic -d 'Import nothing if any row is rejected'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l ignore-unknown-columns -d 'Skip columns chorus does not know instead of refusing the file'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l column -d 'The CSV column holding the identifiers on stdin [default: identifier]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l strict -d 'Exit 4 when any identifier is not in the directory'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from lookup" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l postcode -d 'Postcode or its start (73, 22000)' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l city -d 'City (case and accents ignored)' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l status -d 'ACTIF or INACTIF' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l limit -d 'At most this many results, best first' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l changed-since -d 'Only structures changed at or after this date (YYYY-MM-DD) or RFC 3339 instant' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l status -d 'ACTIF or INACTIF' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l recipient -d 'The recipient\'s identifier (SIRET)' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l service -l recipient-service -d 'The recipient\'s service code' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l engagement -d 'The engagement number (numéro d\'engagement juridique / bon de commande)' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import the public directory (operator): upsert structures and services by identifier'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "lookup" -d 'Look structures up by identifier: one answer per identifier, in order'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "search" -d 'Full-text search over names, labels and service names (case and accents ignored)'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export the directory (or what changed since a date) in the columns import reads'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "check" -d 'Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks'
complete -c chorus -n "__fish_chorus_using_subcommand directory; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "create" -d 'Create a dossier de facturation for a works market (its supplier, MOE or MOA)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "deposit" -d 'Deposit a piece (PDF) in a dossier under its cadre (A4…A25)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "show" -d 'Show a dossier: its parties and every piece with its status history'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "list" -d 'List the works pieces you see'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "process" -d 'Move a piece you hold: take it into account, refuse it, ask for completion, complete it, process the payment request'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "approve" -d 'Validate a subcontractor\'s or co-contractor\'s piece (the titulaire)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "refuse" -d 'Refuse a subcontractor\'s or co-contractor\'s piece (the titulaire)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "recycle" -d 'Send a piece refused for a routing error (ERREUR_…) again, to the right party'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "todo" -d 'The pieces awaiting your action'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "download" -d 'Write every piece of a dossier (and their attachments) into a folder'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and not __fish_seen_subcommand_from create deposit show list process approve refuse recycle todo download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l market -d 'Market number (numéro de marché)' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l title -d 'A label for the dossier' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l supplier -d 'The titulaire of the market' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l supplier-service -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l moe -d 'The maîtrise d\'œuvre (without one, pieces go to the MOA)' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l moe-service -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l moa -d 'The maîtrise d\'ouvrage: a public structure, recipient of the payment requests' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l moa-service -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l engagement -d 'Engagement number' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l subcontractor -d 'A subcontractor admitted to direct payment (repeatable)' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l cocontractor -d 'A co-contractor of the titulaire\'s group (repeatable)' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l group -d 'How the co-contractors are grouped' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l file -d 'The dossier de facturation' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l framework -d 'Cadre: A4 … A25 (or the full code)' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l associate -d 'The piece this one follows' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l structure -d 'Which of your structures deposits, when you act for several of the dossier' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l number -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l date -d 'YYYY-MM-DD' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l currency -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l total-excl-vat -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l vat -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l total-incl-vat -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l amount-due -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l attach -d 'An attachment (repeatable)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l comment -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from deposit" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l role -d 'Only the pieces you see in this part' -r -f -a "supplier\t''
moe\t''
moa\t''
validator\t''
subcontractor\t''
cocontractor\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l status -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l market -d 'Market number' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l file -d 'Dossier' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l status -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l reason -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from process" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l reason -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from refuse" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l structure -d 'The structure that should receive the piece' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l service -d 'Its service code' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l comment -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from recycle" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from todo" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -s o -l output -d 'Folder (created if missing)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l force -d 'Replace files that already exist (without it: refuse, write nothing)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a dossier de facturation for a works market (its supplier, MOE or MOA)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "deposit" -d 'Deposit a piece (PDF) in a dossier under its cadre (A4…A25)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a dossier: its parties and every piece with its status history'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the works pieces you see'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "process" -d 'Move a piece you hold: take it into account, refuse it, ask for completion, complete it, process the payment request'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Validate a subcontractor\'s or co-contractor\'s piece (the titulaire)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "refuse" -d 'Refuse a subcontractor\'s or co-contractor\'s piece (the titulaire)'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "recycle" -d 'Send a piece refused for a routing error (ERREUR_…) again, to the right party'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "todo" -d 'The pieces awaiting your action'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "download" -d 'Write every piece of a dossier (and their attachments) into a folder'
complete -c chorus -n "__fish_chorus_using_subcommand works-file; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "categories" -d 'The categories and sub-categories: what each requires and where it goes'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "create" -d 'Ask a public structure or support a question (a sollicitation)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "list" -d 'List the tickets you see'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "show" -d 'Show a ticket: its thread of messages with attachments, and its history'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "reply" -d 'Add a message to a ticket (the requester, or the addressee answering)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "submit" -d 'Send a draft ticket'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "close" -d 'Close a ticket (requester or addressee)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "reopen" -d 'Reopen a closed ticket'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "todo" -d 'The tickets awaiting you: to answer, to act on, to send'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "download" -d 'Write a ticket\'s attachments into a folder'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and not __fish_seen_subcommand_from categories create list show reply submit close reopen todo download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from categories" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l category -d 'Category code (see `ticket categories`)' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l subcategory -d 'Sub-category code' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l subject -d 'Title (résumé), at most 200 characters' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l message -d 'The question (`-` reads it from stdin)' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l invoice -d 'The invoice the question is about' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l works-piece -d 'The works piece the question is about' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l structure -d 'The public structure addressed' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l from -d 'Your structure that asks, when you act for several' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l attach -d 'An attachment (repeatable)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l draft -d 'Keep it as a draft (BROUILLON) to send later with `ticket submit`'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l role -d 'sent: those you (or your structure) asked; received: those addressed to your structure' -r -f -a "sent\t''
received\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l status -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l message -d 'The message (`-` reads it from stdin)' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l attach -d 'An attachment (repeatable)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l request-action -d 'Ask the requester to act (addressee only): ACTION_REQUISE'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reply" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from todo" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -s o -l output -d 'Folder (created if missing)' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l force -d 'Replace files that already exist (without it: refuse, write nothing)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "categories" -d 'The categories and sub-categories: what each requires and where it goes'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "create" -d 'Ask a public structure or support a question (a sollicitation)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the tickets you see'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a ticket: its thread of messages with attachments, and its history'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "reply" -d 'Add a message to a ticket (the requester, or the addressee answering)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Send a draft ticket'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a ticket (requester or addressee)'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a closed ticket'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "todo" -d 'The tickets awaiting you: to answer, to act on, to send'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "download" -d 'Write a ticket\'s attachments into a folder'
complete -c chorus -n "__fish_chorus_using_subcommand ticket; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand login" -l email -d 'The account\'s e-mail' -r
complete -c chorus -n "__fish_chorus_using_subcommand login" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand login" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand login" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand login" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand login" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand login" -l password-stdin -d 'Read the password from stdin (one line) instead of a prompt'
complete -c chorus -n "__fish_chorus_using_subcommand login" -l print-token -d 'Print the token on stdout instead of saving it'
complete -c chorus -n "__fish_chorus_using_subcommand login" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand login" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand login" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand login" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand logout" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand logout" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand logout" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand logout" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand logout" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand logout" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand logout" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand logout" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand logout" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l listen -d 'Address to listen on (port 0: any free port, printed on stderr)' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l operator -d 'An operator account (the remote owner of the store); repeat for several' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l notify-command -d 'Deliver each account notification (activation tokens…) by running `sh -c CMD` with the notification\'s JSON on stdin (e.g. --notify-command \'cat >> /var/spool/chorus/outbox.ndjson\'); a failed delivery is logged and retried' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l max-requests -d 'Requests served at once; more wait, up to 30 s, then get 503' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l max-connections -d 'Connections open at once; more are answered 503 and closed' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l header-timeout -d 'Seconds a client may take to send a request head, or leave a connection idle' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l body-timeout -d 'Seconds a client may take to send a request body' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l test-clock -d 'For tests only: take each request\'s clock from the client\'s chorus-now header'
complete -c chorus -n "__fish_chorus_using_subcommand serve" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand serve" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand serve" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand serve" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l out -d 'Folder that receives man/ and completions/' -r -F
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l store -d 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]' -r
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l as -d 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator' -r
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l format -d 'Output format: auto is a table on a terminal and JSON otherwise' -r -f -a "auto\t''
table\t''
json\t''
ndjson\t''
csv\t''"
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l color -d 'Colour on stderr (NO_COLOR is honoured by auto)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l timeout -d 'Seconds to wait for a remote store' -r
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -s q -l quiet -d 'Print only the primary output: no hints, no summaries, no progress'
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -l no-progress -d 'Never draw progress bars'
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -s y -l yes -d 'Answer yes to confirmations (required without a terminal)'
complete -c chorus -n "__fish_chorus_using_subcommand generate-docs" -s h -l help -d 'Print help'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "account" -d 'User accounts: sign up, activate, profile, password, event feed'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "structure" -d 'Structures (legal entities), their parameters and spaces'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "attach" -d 'Attachments of accounts to structures, and roles'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "service" -d 'Services of a structure and the habilitations of users on them'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "deposit" -d 'Deposit an invoice PDF (Factur-X data inside is read and checked)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "invoice" -d 'Invoices: entry, lifecycle, reading'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "directory" -d 'The public directory (annuaire): import, lookup, search, export, routing check'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "works-file" -d 'Works invoices: dossiers de facturation and their pieces (cadres A4–A25)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "ticket" -d 'Tickets (sollicitations): questions to public structures and to support'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "login" -d 'Sign in to a remote store: exchange a password for a token kept for that store'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "logout" -d 'Sign out of a remote store: revoke the token and forget it'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "serve" -d 'Serve a store to a team over HTTP (`--store` is the file served)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "generate-docs" -d 'Write the man pages and shell completions (for packagers and the repository)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and not __fish_seen_subcommand_from account structure attach service deposit invoice directory works-file ticket login logout serve generate-docs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "create" -d 'Sign up: create an account, pending activation'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "activate" -d 'Activate an account with its token and choose a password'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'Show an account (default: the acting one)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts: all for the operator, those of your structures for managers'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Change names or phone number'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "password" -d 'Change the acting account\'s password (the current one is required)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "deactivate" -d 'Deactivate an account (default: the acting one); it can no longer act'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "events" -d 'The event feed: changes to your account and structures, newest first'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "notifications" -d 'Messages chorus would have e-mailed to an account (activation token…)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "create" -d 'Create a structure; you become its principal manager'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "show" -d 'Show a structure: parameters, managers, services, spaces'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "search" -d 'Search structures by name, identifier prefix, label, type or status'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "update" -d 'Change a structure\'s fiche (managers) or routing parameters (operator, public only)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "deactivate" -d 'Deactivate a structure (principal manager or operator)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "activate" -d 'Reactivate a structure (principal manager or operator)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from structure" -f -a "space" -d 'Spaces (espaces) of a structure and access requests'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "request" -d 'Ask to be attached to a structure'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "list" -d 'Attachments you can see: your own, and your structures\' (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "accept" -d 'Accept a request with a role (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "refuse" -d 'Refuse a request, saying why (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "set-role" -d 'Change the role of an attached account (managers; not the principal)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "remove" -d 'Detach an account (managers), or yourself'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from attach" -f -a "transfer" -d 'Hand the principal manager role to another attached account'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "create" -d 'Create a service in a structure (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'List the services of a structure'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "show" -d 'Show a service and who is habilitated on it'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "update" -d 'Change a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "deactivate" -d 'Deactivate a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "activate" -d 'Reactivate a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "grant" -d 'Habilitate an attached user on a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "revoke" -d 'Withdraw a user\'s habilitation on a service (managers)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "create" -d 'Enter an invoice from JSON; chorus generates its Factur-X PDF'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "render" -d 'Make an invoice\'s Factur-X PDF from its JSON, without a store (CI jobs, scripts)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "analyse" -d 'Read invoice PDFs as deposit would, without a store: what each one says'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "validate" -d 'Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "show" -d 'The whole invoice'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "status" -d 'Current status and its history, oldest first'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'Invoices you can see, newest first'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "dashboard" -d 'Counts and amounts per status (tableau de bord)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "todo" -d 'What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "process" -d 'Recipient: move an invoice along its processing'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "recycle" -d 'Supplier: send an A_RECYCLER invoice to the right recipient'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "complete" -d 'Supplier: complete a SUSPENDUE invoice'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "approve" -d 'Validator (A9/A12): approve an invoice'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "refuse" -d 'Validator (A9/A12): refuse an invoice'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "update" -d 'Change a draft (BROUILLON) before submitting it; "" clears a field'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "submit" -d 'Submit a draft: the deposit rules run and it is routed'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "delete" -d 'Delete a draft'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "download" -d 'Save the invoice PDF (and its attachments)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "certificate" -d 'The deposit certificate (certificat de dépôt) as a PDF'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "import" -d 'Import the public directory (operator): upsert structures and services by identifier'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "lookup" -d 'Look structures up by identifier: one answer per identifier, in order'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "search" -d 'Full-text search over names, labels and service names (case and accents ignored)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "export" -d 'Export the directory (or what changed since a date) in the columns import reads'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from directory" -f -a "check" -d 'Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "create" -d 'Create a dossier de facturation for a works market (its supplier, MOE or MOA)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "deposit" -d 'Deposit a piece (PDF) in a dossier under its cadre (A4…A25)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "show" -d 'Show a dossier: its parties and every piece with its status history'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "list" -d 'List the works pieces you see'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "process" -d 'Move a piece you hold: take it into account, refuse it, ask for completion, complete it, process the payment request'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "approve" -d 'Validate a subcontractor\'s or co-contractor\'s piece (the titulaire)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "refuse" -d 'Refuse a subcontractor\'s or co-contractor\'s piece (the titulaire)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "recycle" -d 'Send a piece refused for a routing error (ERREUR_…) again, to the right party'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "todo" -d 'The pieces awaiting your action'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from works-file" -f -a "download" -d 'Write every piece of a dossier (and their attachments) into a folder'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "categories" -d 'The categories and sub-categories: what each requires and where it goes'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "create" -d 'Ask a public structure or support a question (a sollicitation)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "list" -d 'List the tickets you see'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "show" -d 'Show a ticket: its thread of messages with attachments, and its history'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "reply" -d 'Add a message to a ticket (the requester, or the addressee answering)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "submit" -d 'Send a draft ticket'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "close" -d 'Close a ticket (requester or addressee)'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "reopen" -d 'Reopen a closed ticket'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "todo" -d 'The tickets awaiting you: to answer, to act on, to send'
complete -c chorus -n "__fish_chorus_using_subcommand help; and __fish_seen_subcommand_from ticket" -f -a "download" -d 'Write a ticket\'s attachments into a folder'
