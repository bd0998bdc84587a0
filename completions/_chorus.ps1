
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'chorus' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'chorus'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'chorus' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'User accounts: sign up, activate, profile, password, event feed')
            [CompletionResult]::new('structure', 'structure', [CompletionResultType]::ParameterValue, 'Structures (legal entities), their parameters and spaces')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attachments of accounts to structures, and roles')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services of a structure and the habilitations of users on them')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposit an invoice PDF (Factur-X data inside is read and checked)')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Invoices: entry, lifecycle, reading')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'The public directory (annuaire): import, lookup, search, export, routing check')
            [CompletionResult]::new('works-file', 'works-file', [CompletionResultType]::ParameterValue, 'Works invoices: dossiers de facturation and their pieces (cadres A4–A25)')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Tickets (sollicitations): questions to public structures and to support')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to a remote store: exchange a password for a token kept for that store')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out of a remote store: revoke the token and forget it')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a store to a team over HTTP (`--store` is the file served)')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write the man pages and shell completions (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;account' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign up: create an account, pending activation')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate an account with its token and choose a password')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account (default: the acting one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts: all for the operator, those of your structures for managers')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change names or phone number')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the acting account''s password (the current one is required)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an account (default: the acting one); it can no longer act')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The event feed: changes to your account and structures, newest first')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Messages chorus would have e-mailed to an account (activation token…)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;account;create' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address: the account''s login')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--siret', '--siret', [CompletionResultType]::ParameterName, 'SIRET of the user''s own establishment (14 digits, check digit verified)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--no-siret', '--no-siret', [CompletionResultType]::ParameterName, 'The user has no SIRET')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;activate' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'email')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'The activation token printed by `account create`')
            [CompletionResult]::new('--security-question', '--security-question', [CompletionResultType]::ParameterName, 'A security question; its answer is asked like the password')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password (and the security answer on a second line) from stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;update' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The account to update (default: the acting one; operator: any)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'New phone number ("" removes it)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;password' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the current password then the new one, one per line, from stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;deactivate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;events' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only events on or after this date (2026-11-22) or instant (RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many events')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;notifications' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;account;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign up: create an account, pending activation')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate an account with its token and choose a password')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account (default: the acting one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts: all for the operator, those of your structures for managers')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change names or phone number')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the acting account''s password (the current one is required)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an account (default: the acting one); it can no longer act')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The event feed: changes to your account and structures, newest first')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Messages chorus would have e-mailed to an account (activation token…)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;account;help;create' {
            break
        }
        'chorus;account;help;activate' {
            break
        }
        'chorus;account;help;show' {
            break
        }
        'chorus;account;help;list' {
            break
        }
        'chorus;account;help;update' {
            break
        }
        'chorus;account;help;password' {
            break
        }
        'chorus;account;help;deactivate' {
            break
        }
        'chorus;account;help;events' {
            break
        }
        'chorus;account;help;notifications' {
            break
        }
        'chorus;account;help;help' {
            break
        }
        'chorus;structure' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a structure; you become its principal manager')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a structure: parameters, managers, services, spaces')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search structures by name, identifier prefix, label, type or status')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a structure''s fiche (managers) or routing parameters (operator, public only)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a structure (principal manager or operator)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a structure (principal manager or operator)')
            [CompletionResult]::new('space', 'space', [CompletionResultType]::ParameterValue, 'Spaces (espaces) of a structure and access requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;structure;create' {
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'Identifier (SIRET: 14 digits; leading zeros kept)')
            [CompletionResult]::new('--identifier-type', '--identifier-type', [CompletionResultType]::ParameterName, 'SIRET, UE_HORS_FRANCE, HORS_UE, RIDET, TAHITI, AUTRE or PARTICULIER')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Legal name (raison sociale)')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Short label shown in lists')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'postcode')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'city')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'ISO country code')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'A public structure (PUBLIQUE), invoice recipient — operator only')
            [CompletionResult]::new('--service-required', '--service-required', [CompletionResultType]::ParameterName, 'codeServiceDoitEtreRenseigne: invoices must name a service')
            [CompletionResult]::new('--engagement-required', '--engagement-required', [CompletionResultType]::ParameterName, 'numeroEJDoitEtreRenseigne: invoices must carry an engagement number')
            [CompletionResult]::new('--service-or-engagement-required', '--service-or-engagement-required', [CompletionResultType]::ParameterName, 'gestionNumeroEJOuCodeService: a service or an engagement number is required')
            [CompletionResult]::new('--payment-status-not-reported', '--payment-status-not-reported', [CompletionResultType]::ParameterName, 'statutMiseEnPaiementNestPasRemonte: payment status is not reported')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;search' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Case-insensitive part of the name')
            [CompletionResult]::new('--identifier', '--identifier', [CompletionResultType]::ParameterName, 'Identifier prefix')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'Case-insensitive part of the label')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'ACTIF or INACTIF')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N results (0: no limit)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Only public structures')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'Only private structures')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'New label ("" removes it)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'postcode')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'city')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'country')
            [CompletionResult]::new('--service-required', '--service-required', [CompletionResultType]::ParameterName, 'codeServiceDoitEtreRenseigne (operator, public structures)')
            [CompletionResult]::new('--engagement-required', '--engagement-required', [CompletionResultType]::ParameterName, 'numeroEJDoitEtreRenseigne (operator, public structures)')
            [CompletionResult]::new('--service-or-engagement-required', '--service-or-engagement-required', [CompletionResultType]::ParameterName, 'gestionNumeroEJOuCodeService (operator, public structures)')
            [CompletionResult]::new('--payment-status-not-reported', '--payment-status-not-reported', [CompletionResultType]::ParameterName, 'statutMiseEnPaiementNestPasRemonte (operator, public structures)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;deactivate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;activate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The spaces of a structure: open or not, and your access')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a space (managers)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a space (managers)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the managers for access to a space (simple users)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Access requests of a structure (managers: all; users: their own)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an access request (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse an access request (managers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;structure;space;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;open' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;close' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;request' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'consult (read) or modify (act)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;requests' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'EN_COURS_DE_VALIDATION (pending), VALIDEE, REFUSEE')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;accept' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;refuse' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;structure;space;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The spaces of a structure: open or not, and your access')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a space (managers)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a space (managers)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the managers for access to a space (simple users)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Access requests of a structure (managers: all; users: their own)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an access request (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse an access request (managers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;structure;space;help;list' {
            break
        }
        'chorus;structure;space;help;open' {
            break
        }
        'chorus;structure;space;help;close' {
            break
        }
        'chorus;structure;space;help;request' {
            break
        }
        'chorus;structure;space;help;requests' {
            break
        }
        'chorus;structure;space;help;accept' {
            break
        }
        'chorus;structure;space;help;refuse' {
            break
        }
        'chorus;structure;space;help;help' {
            break
        }
        'chorus;structure;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a structure; you become its principal manager')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a structure: parameters, managers, services, spaces')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search structures by name, identifier prefix, label, type or status')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a structure''s fiche (managers) or routing parameters (operator, public only)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a structure (principal manager or operator)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a structure (principal manager or operator)')
            [CompletionResult]::new('space', 'space', [CompletionResultType]::ParameterValue, 'Spaces (espaces) of a structure and access requests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;structure;help;create' {
            break
        }
        'chorus;structure;help;show' {
            break
        }
        'chorus;structure;help;search' {
            break
        }
        'chorus;structure;help;update' {
            break
        }
        'chorus;structure;help;deactivate' {
            break
        }
        'chorus;structure;help;activate' {
            break
        }
        'chorus;structure;help;space' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The spaces of a structure: open or not, and your access')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a space (managers)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a space (managers)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the managers for access to a space (simple users)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Access requests of a structure (managers: all; users: their own)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an access request (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse an access request (managers)')
            break
        }
        'chorus;structure;help;space;list' {
            break
        }
        'chorus;structure;help;space;open' {
            break
        }
        'chorus;structure;help;space;close' {
            break
        }
        'chorus;structure;help;space;request' {
            break
        }
        'chorus;structure;help;space;requests' {
            break
        }
        'chorus;structure;help;space;accept' {
            break
        }
        'chorus;structure;help;space;refuse' {
            break
        }
        'chorus;structure;help;help' {
            break
        }
        'chorus;attach' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask to be attached to a structure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Attachments you can see: your own, and your structures'' (managers)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a request with a role (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse a request, saying why (managers)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change the role of an attached account (managers; not the principal)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach an account (managers), or yourself')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand the principal manager role to another attached account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;attach;request' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'Identifier of the structure')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;list' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'EN_COURS_DE_VALIDATION (pending), VALIDEE (accepted), REFUSEE (refused), DESACTIVEE')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;accept' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'secondary (GESTIONNAIRE_SECONDAIRE), user (UTILISATEUR_SIMPLE); principal: operator only')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;refuse' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;set-role' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'account')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'secondary or user')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;remove' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Default: yourself')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;transfer' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'to')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;attach;help' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask to be attached to a structure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Attachments you can see: your own, and your structures'' (managers)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a request with a role (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse a request, saying why (managers)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change the role of an attached account (managers; not the principal)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach an account (managers), or yourself')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand the principal manager role to another attached account')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;attach;help;request' {
            break
        }
        'chorus;attach;help;list' {
            break
        }
        'chorus;attach;help;accept' {
            break
        }
        'chorus;attach;help;refuse' {
            break
        }
        'chorus;attach;help;set-role' {
            break
        }
        'chorus;attach;help;remove' {
            break
        }
        'chorus;attach;help;transfer' {
            break
        }
        'chorus;attach;help;help' {
            break
        }
        'chorus;service' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service in a structure (managers)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services of a structure')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a service and who is habilitated on it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a service (managers)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a service (managers)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a service (managers)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Habilitate an attached user on a service (managers)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Withdraw a user''s habilitation on a service (managers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;service;create' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Code: 1-100 characters among A-Z 0-9 _ -')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--engagement-required', '--engagement-required', [CompletionResultType]::ParameterName, 'Invoices to this service must carry an engagement number')
            [CompletionResult]::new('--payment-status-not-reported', '--payment-status-not-reported', [CompletionResultType]::ParameterName, 'Payment status is not reported for this service')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;list' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;show' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;update' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--engagement-required', '--engagement-required', [CompletionResultType]::ParameterName, 'engagement-required')
            [CompletionResult]::new('--payment-status-not-reported', '--payment-status-not-reported', [CompletionResultType]::ParameterName, 'payment-status-not-reported')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;deactivate' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;activate' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;grant' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service code')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'E-mail of the attached account')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;revoke' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'structure')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service code')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'E-mail of the attached account')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;service;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service in a structure (managers)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services of a structure')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a service and who is habilitated on it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a service (managers)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a service (managers)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a service (managers)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Habilitate an attached user on a service (managers)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Withdraw a user''s habilitation on a service (managers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;service;help;create' {
            break
        }
        'chorus;service;help;list' {
            break
        }
        'chorus;service;help;show' {
            break
        }
        'chorus;service;help;update' {
            break
        }
        'chorus;service;help;deactivate' {
            break
        }
        'chorus;service;help;activate' {
            break
        }
        'chorus;service;help;grant' {
            break
        }
        'chorus;service;help;revoke' {
            break
        }
        'chorus;service;help;help' {
            break
        }
        'chorus;deposit' {
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Deposit every record of a manifest (CSV, JSON, NDJSON, or PDF paths one per line; - = stdin)')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'The manifest''s format, when its extension does not tell')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'PDFs analysed in parallel [default: number of cores]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Idempotency key: the same key and content again reports the first invoice, unchanged')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'Supplier structure (default: the document''s seller, else your only structure)')
            [CompletionResult]::new('--supplier-service', '--supplier-service', [CompletionResultType]::ParameterName, 'supplier-service')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Recipient public structure (default: the document''s buyer)')
            [CompletionResult]::new('--recipient-service', '--recipient-service', [CompletionResultType]::ParameterName, 'recipient-service')
            [CompletionResult]::new('--engagement', '--engagement', [CompletionResultType]::ParameterName, 'Engagement number (numéro d''engagement juridique / bon de commande)')
            [CompletionResult]::new('--market', '--market', [CompletionResultType]::ParameterName, 'Market (contract) number')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'Invoice number (≤ 20 of A-Z a-z 0-9 - _ / +)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Invoice date')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'FACTURE or AVOIR')
            [CompletionResult]::new('--original-number', '--original-number', [CompletionResultType]::ParameterName, 'The invoice a credit note corrects')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency [default: EUR]')
            [CompletionResult]::new('--vat-regime', '--vat-regime', [CompletionResultType]::ParameterName, 'TVA_SUR_DEBIT, TVA_SUR_ENCAISSEMENT, EXONERATION or SANS_TVA')
            [CompletionResult]::new('--payment-mode', '--payment-mode', [CompletionResultType]::ParameterName, 'CHEQUE, PRELEVEMENT, VIREMENT, ESPECE, AUTRE or REPORT')
            [CompletionResult]::new('--total-excl-vat', '--total-excl-vat', [CompletionResultType]::ParameterName, 'total-excl-vat')
            [CompletionResult]::new('--vat', '--vat', [CompletionResultType]::ParameterName, 'vat')
            [CompletionResult]::new('--total-incl-vat', '--total-incl-vat', [CompletionResultType]::ParameterName, 'total-incl-vat')
            [CompletionResult]::new('--amount-due', '--amount-due', [CompletionResultType]::ParameterName, 'amount-due')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'A1 (default), A2 (already paid), A9 (subcontractor), A12 (co-contractor)')
            [CompletionResult]::new('--validator', '--validator', [CompletionResultType]::ParameterName, 'Validating structure for A9/A12 (main contractor / mandataire)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'An attachment (repeatable; ≤ 10 MB, name ≤ 50 characters)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All records or none (one transaction)')
            [CompletionResult]::new('--stop-on-error', '--stop-on-error', [CompletionResultType]::ParameterName, 'Stop at the first record that fails')
            [CompletionResult]::new('--allow-absolute-paths', '--allow-absolute-paths', [CompletionResultType]::ParameterName, 'Let the manifest name files by absolute paths (a manifest you trust)')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Keep it as a draft (BROUILLON)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Analyse and check everything, store nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Enter an invoice from JSON; chorus generates its Factur-X PDF')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Make an invoice''s Factur-X PDF from its JSON, without a store (CI jobs, scripts)')
            [CompletionResult]::new('analyse', 'analyse', [CompletionResultType]::ParameterValue, 'Read invoice PDFs as deposit would, without a store: what each one says')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole invoice')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Current status and its history, oldest first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invoices you can see, newest first')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Counts and amounts per status (tableau de bord)')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Recipient: move an invoice along its processing')
            [CompletionResult]::new('recycle', 'recycle', [CompletionResultType]::ParameterValue, 'Supplier: send an A_RECYCLER invoice to the right recipient')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Supplier: complete a SUSPENDUE invoice')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Validator (A9/A12): approve an invoice')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Validator (A9/A12): refuse an invoice')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a draft (BROUILLON) before submitting it; "" clears a field')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft: the deposit rules run and it is routed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Save the invoice PDF (and its attachments)')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'The deposit certificate (certificat de dépôt) as a PDF')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;invoice;create' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The invoice as JSON (see examples/invoice.json); - reads stdin')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Keep it as a draft (BROUILLON)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;render' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The invoice as JSON (see examples/invoice.json); - reads stdin')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the PDF (- for stdout)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the PDF (- for stdout)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that already exists (without it: refuse, write nothing)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;analyse' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;validate' {
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'A manifest of invoices: paths one per line, or CSV with a `file` column; - reads stdin')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'The rule sets to judge by, comma-separated: en16931, chorus, fr-ctc')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--warnings-as-errors', '--warnings-as-errors', [CompletionResultType]::ParameterName, 'Count warnings as errors: an invoice with a warning is invalid')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'chorus;invoice;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;status' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Statuses, comma-separated (or the flag repeated)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'number')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'supplier')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'recipient')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Supplier or recipient service code')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Invoice date from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Invoice date to (inclusive)')
            [CompletionResult]::new('--deposited-from', '--deposited-from', [CompletionResultType]::ParameterName, 'deposited-from')
            [CompletionResult]::new('--deposited-to', '--deposited-to', [CompletionResultType]::ParameterName, 'deposited-to')
            [CompletionResult]::new('--min-amount', '--min-amount', [CompletionResultType]::ParameterName, 'Minimum total including VAT')
            [CompletionResult]::new('--max-amount', '--max-amount', [CompletionResultType]::ParameterName, 'max-amount')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only invoices where you are this party')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'limit')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'offset')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--archived', '--archived', [CompletionResultType]::ParameterName, 'Invoices untouched for more than two years')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;dashboard' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'role')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;todo' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N invoices, newest first (0: all)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;process' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--mandate-number', '--mandate-number', [CompletionResultType]::ParameterName, 'mandate-number')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;recycle' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'recipient')
            [CompletionResult]::new('--recipient-service', '--recipient-service', [CompletionResultType]::ParameterName, 'recipient-service')
            [CompletionResult]::new('--engagement', '--engagement', [CompletionResultType]::ParameterName, 'engagement')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;complete' {
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'attach')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;approve' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;refuse' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;update' {
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'number')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'date')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'recipient')
            [CompletionResult]::new('--recipient-service', '--recipient-service', [CompletionResultType]::ParameterName, 'recipient-service')
            [CompletionResult]::new('--engagement', '--engagement', [CompletionResultType]::ParameterName, 'engagement')
            [CompletionResult]::new('--market', '--market', [CompletionResultType]::ParameterName, 'market')
            [CompletionResult]::new('--original-number', '--original-number', [CompletionResultType]::ParameterName, 'original-number')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--total-excl-vat', '--total-excl-vat', [CompletionResultType]::ParameterName, 'total-excl-vat')
            [CompletionResult]::new('--vat', '--vat', [CompletionResultType]::ParameterName, 'vat')
            [CompletionResult]::new('--total-incl-vat', '--total-incl-vat', [CompletionResultType]::ParameterName, 'total-incl-vat')
            [CompletionResult]::new('--amount-due', '--amount-due', [CompletionResultType]::ParameterName, 'amount-due')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;submit' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to write the PDF (default: its name in the current folder; - for stdout)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to write the PDF (default: its name in the current folder; - for stdout)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--with-attachments', '--with-attachments', [CompletionResultType]::ParameterName, 'Also write the attachments, next to the PDF')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (without it: refuse, write nothing)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;certificate' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'o')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'output')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (without it: refuse, write nothing)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;invoice;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Enter an invoice from JSON; chorus generates its Factur-X PDF')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Make an invoice''s Factur-X PDF from its JSON, without a store (CI jobs, scripts)')
            [CompletionResult]::new('analyse', 'analyse', [CompletionResultType]::ParameterValue, 'Read invoice PDFs as deposit would, without a store: what each one says')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole invoice')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Current status and its history, oldest first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invoices you can see, newest first')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Counts and amounts per status (tableau de bord)')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Recipient: move an invoice along its processing')
            [CompletionResult]::new('recycle', 'recycle', [CompletionResultType]::ParameterValue, 'Supplier: send an A_RECYCLER invoice to the right recipient')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Supplier: complete a SUSPENDUE invoice')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Validator (A9/A12): approve an invoice')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Validator (A9/A12): refuse an invoice')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a draft (BROUILLON) before submitting it; "" clears a field')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft: the deposit rules run and it is routed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Save the invoice PDF (and its attachments)')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'The deposit certificate (certificat de dépôt) as a PDF')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;invoice;help;create' {
            break
        }
        'chorus;invoice;help;render' {
            break
        }
        'chorus;invoice;help;analyse' {
            break
        }
        'chorus;invoice;help;validate' {
            break
        }
        'chorus;invoice;help;show' {
            break
        }
        'chorus;invoice;help;status' {
            break
        }
        'chorus;invoice;help;list' {
            break
        }
        'chorus;invoice;help;dashboard' {
            break
        }
        'chorus;invoice;help;todo' {
            break
        }
        'chorus;invoice;help;process' {
            break
        }
        'chorus;invoice;help;recycle' {
            break
        }
        'chorus;invoice;help;complete' {
            break
        }
        'chorus;invoice;help;approve' {
            break
        }
        'chorus;invoice;help;refuse' {
            break
        }
        'chorus;invoice;help;update' {
            break
        }
        'chorus;invoice;help;submit' {
            break
        }
        'chorus;invoice;help;delete' {
            break
        }
        'chorus;invoice;help;download' {
            break
        }
        'chorus;invoice;help;certificate' {
            break
        }
        'chorus;invoice;help;help' {
            break
        }
        'chorus;directory' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the public directory (operator): upsert structures and services by identifier')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Look structures up by identifier: one answer per identifier, in order')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over names, labels and service names (case and accents ignored)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the directory (or what changed since a date) in the columns import reads')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;directory;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'csv, json or ndjson [default: from the extension, else the content]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'The file is the whole directory: what it does not list becomes INACTIF')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'Import nothing if any row is rejected')
            [CompletionResult]::new('--ignore-unknown-columns', '--ignore-unknown-columns', [CompletionResultType]::ParameterName, 'Skip columns chorus does not know instead of refusing the file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;directory;lookup' {
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The CSV column holding the identifiers on stdin [default: identifier]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Exit 4 when any identifier is not in the directory')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;directory;search' {
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'Postcode or its start (73, 22000)')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City (case and accents ignored)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'ACTIF or INACTIF')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many results, best first')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;directory;export' {
            [CompletionResult]::new('--changed-since', '--changed-since', [CompletionResultType]::ParameterName, 'Only structures changed at or after this date (YYYY-MM-DD) or RFC 3339 instant')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'ACTIF or INACTIF')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;directory;check' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'The recipient''s identifier (SIRET)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'The recipient''s service code')
            [CompletionResult]::new('--recipient-service', '--recipient-service', [CompletionResultType]::ParameterName, 'The recipient''s service code')
            [CompletionResult]::new('--engagement', '--engagement', [CompletionResultType]::ParameterName, 'The engagement number (numéro d''engagement juridique / bon de commande)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;directory;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the public directory (operator): upsert structures and services by identifier')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Look structures up by identifier: one answer per identifier, in order')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over names, labels and service names (case and accents ignored)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the directory (or what changed since a date) in the columns import reads')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;directory;help;import' {
            break
        }
        'chorus;directory;help;lookup' {
            break
        }
        'chorus;directory;help;search' {
            break
        }
        'chorus;directory;help;export' {
            break
        }
        'chorus;directory;help;check' {
            break
        }
        'chorus;directory;help;help' {
            break
        }
        'chorus;works-file' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dossier de facturation for a works market (its supplier, MOE or MOA)')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposit a piece (PDF) in a dossier under its cadre (A4…A25)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a dossier: its parties and every piece with its status history')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the works pieces you see')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Move a piece you hold: take it into account, refuse it, ask for completion, complete it, process the payment request')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Validate a subcontractor''s or co-contractor''s piece (the titulaire)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse a subcontractor''s or co-contractor''s piece (the titulaire)')
            [CompletionResult]::new('recycle', 'recycle', [CompletionResultType]::ParameterValue, 'Send a piece refused for a routing error (ERREUR_…) again, to the right party')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'The pieces awaiting your action')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Write every piece of a dossier (and their attachments) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;works-file;create' {
            [CompletionResult]::new('--market', '--market', [CompletionResultType]::ParameterName, 'Market number (numéro de marché)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A label for the dossier')
            [CompletionResult]::new('--supplier', '--supplier', [CompletionResultType]::ParameterName, 'The titulaire of the market')
            [CompletionResult]::new('--supplier-service', '--supplier-service', [CompletionResultType]::ParameterName, 'supplier-service')
            [CompletionResult]::new('--moe', '--moe', [CompletionResultType]::ParameterName, 'The maîtrise d''œuvre (without one, pieces go to the MOA)')
            [CompletionResult]::new('--moe-service', '--moe-service', [CompletionResultType]::ParameterName, 'moe-service')
            [CompletionResult]::new('--moa', '--moa', [CompletionResultType]::ParameterName, 'The maîtrise d''ouvrage: a public structure, recipient of the payment requests')
            [CompletionResult]::new('--moa-service', '--moa-service', [CompletionResultType]::ParameterName, 'moa-service')
            [CompletionResult]::new('--engagement', '--engagement', [CompletionResultType]::ParameterName, 'Engagement number')
            [CompletionResult]::new('--subcontractor', '--subcontractor', [CompletionResultType]::ParameterName, 'A subcontractor admitted to direct payment (repeatable)')
            [CompletionResult]::new('--cocontractor', '--cocontractor', [CompletionResultType]::ParameterName, 'A co-contractor of the titulaire''s group (repeatable)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'How the co-contractors are grouped')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;deposit' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The dossier de facturation')
            [CompletionResult]::new('--framework', '--framework', [CompletionResultType]::ParameterName, 'Cadre: A4 … A25 (or the full code)')
            [CompletionResult]::new('--associate', '--associate', [CompletionResultType]::ParameterName, 'The piece this one follows')
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'Which of your structures deposits, when you act for several of the dossier')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'number')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'currency')
            [CompletionResult]::new('--total-excl-vat', '--total-excl-vat', [CompletionResultType]::ParameterName, 'total-excl-vat')
            [CompletionResult]::new('--vat', '--vat', [CompletionResultType]::ParameterName, 'vat')
            [CompletionResult]::new('--total-incl-vat', '--total-incl-vat', [CompletionResultType]::ParameterName, 'total-incl-vat')
            [CompletionResult]::new('--amount-due', '--amount-due', [CompletionResultType]::ParameterName, 'amount-due')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'An attachment (repeatable)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only the pieces you see in this part')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--market', '--market', [CompletionResultType]::ParameterName, 'Market number')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Dossier')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;process' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;approve' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;refuse' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'reason')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;recycle' {
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'The structure that should receive the piece')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Its service code')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;todo' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Folder (created if missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Folder (created if missing)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (without it: refuse, write nothing)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;works-file;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dossier de facturation for a works market (its supplier, MOE or MOA)')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposit a piece (PDF) in a dossier under its cadre (A4…A25)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a dossier: its parties and every piece with its status history')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the works pieces you see')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Move a piece you hold: take it into account, refuse it, ask for completion, complete it, process the payment request')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Validate a subcontractor''s or co-contractor''s piece (the titulaire)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse a subcontractor''s or co-contractor''s piece (the titulaire)')
            [CompletionResult]::new('recycle', 'recycle', [CompletionResultType]::ParameterValue, 'Send a piece refused for a routing error (ERREUR_…) again, to the right party')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'The pieces awaiting your action')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Write every piece of a dossier (and their attachments) into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;works-file;help;create' {
            break
        }
        'chorus;works-file;help;deposit' {
            break
        }
        'chorus;works-file;help;show' {
            break
        }
        'chorus;works-file;help;list' {
            break
        }
        'chorus;works-file;help;process' {
            break
        }
        'chorus;works-file;help;approve' {
            break
        }
        'chorus;works-file;help;refuse' {
            break
        }
        'chorus;works-file;help;recycle' {
            break
        }
        'chorus;works-file;help;todo' {
            break
        }
        'chorus;works-file;help;download' {
            break
        }
        'chorus;works-file;help;help' {
            break
        }
        'chorus;ticket' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'The categories and sub-categories: what each requires and where it goes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask a public structure or support a question (a sollicitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tickets you see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket: its thread of messages with attachments, and its history')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message to a ticket (the requester, or the addressee answering)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a draft ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (requester or addressee)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed ticket')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'The tickets awaiting you: to answer, to act on, to send')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Write a ticket''s attachments into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;ticket;categories' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;create' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category code (see `ticket categories`)')
            [CompletionResult]::new('--subcategory', '--subcategory', [CompletionResultType]::ParameterName, 'Sub-category code')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Title (résumé), at most 200 characters')
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The question (`-` reads it from stdin)')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'The invoice the question is about')
            [CompletionResult]::new('--works-piece', '--works-piece', [CompletionResultType]::ParameterName, 'The works piece the question is about')
            [CompletionResult]::new('--structure', '--structure', [CompletionResultType]::ParameterName, 'The public structure addressed')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Your structure that asks, when you act for several')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'An attachment (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--draft', '--draft', [CompletionResultType]::ParameterName, 'Keep it as a draft (BROUILLON) to send later with `ticket submit`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;list' {
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'sent: those you (or your structure) asked; received: those addressed to your structure')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'status')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;reply' {
            [CompletionResult]::new('--message', '--message', [CompletionResultType]::ParameterName, 'The message (`-` reads it from stdin)')
            [CompletionResult]::new('--attach', '--attach', [CompletionResultType]::ParameterName, 'An attachment (repeatable)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--request-action', '--request-action', [CompletionResultType]::ParameterName, 'Ask the requester to act (addressee only): ACTION_REQUISE')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;submit' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;close' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;reopen' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;todo' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Folder (created if missing)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Folder (created if missing)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace files that already exist (without it: refuse, write nothing)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;ticket;help' {
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'The categories and sub-categories: what each requires and where it goes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask a public structure or support a question (a sollicitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tickets you see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket: its thread of messages with attachments, and its history')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message to a ticket (the requester, or the addressee answering)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a draft ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (requester or addressee)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed ticket')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'The tickets awaiting you: to answer, to act on, to send')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Write a ticket''s attachments into a folder')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;ticket;help;categories' {
            break
        }
        'chorus;ticket;help;create' {
            break
        }
        'chorus;ticket;help;list' {
            break
        }
        'chorus;ticket;help;show' {
            break
        }
        'chorus;ticket;help;reply' {
            break
        }
        'chorus;ticket;help;submit' {
            break
        }
        'chorus;ticket;help;close' {
            break
        }
        'chorus;ticket;help;reopen' {
            break
        }
        'chorus;ticket;help;todo' {
            break
        }
        'chorus;ticket;help;download' {
            break
        }
        'chorus;ticket;help;help' {
            break
        }
        'chorus;login' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The account''s e-mail')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin (one line) instead of a prompt')
            [CompletionResult]::new('--print-token', '--print-token', [CompletionResultType]::ParameterName, 'Print the token on stdout instead of saving it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;logout' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (port 0: any free port, printed on stderr)')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'An operator account (the remote owner of the store); repeat for several')
            [CompletionResult]::new('--notify-command', '--notify-command', [CompletionResultType]::ParameterName, 'Deliver each account notification (activation tokens…) by running `sh -c CMD` with the notification''s JSON on stdin (e.g. --notify-command ''cat >> /var/spool/chorus/outbox.ndjson''); a failed delivery is logged and retried')
            [CompletionResult]::new('--max-requests', '--max-requests', [CompletionResultType]::ParameterName, 'Requests served at once; more wait, up to 30 s, then get 503')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'Connections open at once; more are answered 503 and closed')
            [CompletionResult]::new('--header-timeout', '--header-timeout', [CompletionResultType]::ParameterName, 'Seconds a client may take to send a request head, or leave a connection idle')
            [CompletionResult]::new('--body-timeout', '--body-timeout', [CompletionResultType]::ParameterName, 'Seconds a client may take to send a request body')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('--test-clock', '--test-clock', [CompletionResultType]::ParameterName, 'For tests only: take each request''s clock from the client''s chorus-now header')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;generate-docs' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder that receives man/ and completions/')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Store: a file PATH or sqlite:PATH (created on first use), or the http(s):// URL of a chorus serve [default: $XDG_DATA_HOME/chorus/chorus.db]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Act as this account (must be ACTIVE; local store only: a remote store acts as the account of your token); without it you act as the operator')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: auto is a table on a terminal and JSON otherwise')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour on stderr (NO_COLOR is honoured by auto)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for a remote store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the primary output: no hints, no summaries, no progress')
            [CompletionResult]::new('--no-progress', '--no-progress', [CompletionResultType]::ParameterName, 'Never draw progress bars')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chorus;help' {
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'User accounts: sign up, activate, profile, password, event feed')
            [CompletionResult]::new('structure', 'structure', [CompletionResultType]::ParameterValue, 'Structures (legal entities), their parameters and spaces')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attachments of accounts to structures, and roles')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Services of a structure and the habilitations of users on them')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposit an invoice PDF (Factur-X data inside is read and checked)')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Invoices: entry, lifecycle, reading')
            [CompletionResult]::new('directory', 'directory', [CompletionResultType]::ParameterValue, 'The public directory (annuaire): import, lookup, search, export, routing check')
            [CompletionResult]::new('works-file', 'works-file', [CompletionResultType]::ParameterValue, 'Works invoices: dossiers de facturation and their pieces (cadres A4–A25)')
            [CompletionResult]::new('ticket', 'ticket', [CompletionResultType]::ParameterValue, 'Tickets (sollicitations): questions to public structures and to support')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to a remote store: exchange a password for a token kept for that store')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out of a remote store: revoke the token and forget it')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a store to a team over HTTP (`--store` is the file served)')
            [CompletionResult]::new('generate-docs', 'generate-docs', [CompletionResultType]::ParameterValue, 'Write the man pages and shell completions (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chorus;help;account' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign up: create an account, pending activation')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Activate an account with its token and choose a password')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show an account (default: the acting one)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts: all for the operator, those of your structures for managers')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change names or phone number')
            [CompletionResult]::new('password', 'password', [CompletionResultType]::ParameterValue, 'Change the acting account''s password (the current one is required)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate an account (default: the acting one); it can no longer act')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The event feed: changes to your account and structures, newest first')
            [CompletionResult]::new('notifications', 'notifications', [CompletionResultType]::ParameterValue, 'Messages chorus would have e-mailed to an account (activation token…)')
            break
        }
        'chorus;help;account;create' {
            break
        }
        'chorus;help;account;activate' {
            break
        }
        'chorus;help;account;show' {
            break
        }
        'chorus;help;account;list' {
            break
        }
        'chorus;help;account;update' {
            break
        }
        'chorus;help;account;password' {
            break
        }
        'chorus;help;account;deactivate' {
            break
        }
        'chorus;help;account;events' {
            break
        }
        'chorus;help;account;notifications' {
            break
        }
        'chorus;help;structure' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a structure; you become its principal manager')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a structure: parameters, managers, services, spaces')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Search structures by name, identifier prefix, label, type or status')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a structure''s fiche (managers) or routing parameters (operator, public only)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a structure (principal manager or operator)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a structure (principal manager or operator)')
            [CompletionResult]::new('space', 'space', [CompletionResultType]::ParameterValue, 'Spaces (espaces) of a structure and access requests')
            break
        }
        'chorus;help;structure;create' {
            break
        }
        'chorus;help;structure;show' {
            break
        }
        'chorus;help;structure;search' {
            break
        }
        'chorus;help;structure;update' {
            break
        }
        'chorus;help;structure;deactivate' {
            break
        }
        'chorus;help;structure;activate' {
            break
        }
        'chorus;help;structure;space' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The spaces of a structure: open or not, and your access')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open a space (managers)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a space (managers)')
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask the managers for access to a space (simple users)')
            [CompletionResult]::new('requests', 'requests', [CompletionResultType]::ParameterValue, 'Access requests of a structure (managers: all; users: their own)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept an access request (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse an access request (managers)')
            break
        }
        'chorus;help;structure;space;list' {
            break
        }
        'chorus;help;structure;space;open' {
            break
        }
        'chorus;help;structure;space;close' {
            break
        }
        'chorus;help;structure;space;request' {
            break
        }
        'chorus;help;structure;space;requests' {
            break
        }
        'chorus;help;structure;space;accept' {
            break
        }
        'chorus;help;structure;space;refuse' {
            break
        }
        'chorus;help;attach' {
            [CompletionResult]::new('request', 'request', [CompletionResultType]::ParameterValue, 'Ask to be attached to a structure')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Attachments you can see: your own, and your structures'' (managers)')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a request with a role (managers)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse a request, saying why (managers)')
            [CompletionResult]::new('set-role', 'set-role', [CompletionResultType]::ParameterValue, 'Change the role of an attached account (managers; not the principal)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Detach an account (managers), or yourself')
            [CompletionResult]::new('transfer', 'transfer', [CompletionResultType]::ParameterValue, 'Hand the principal manager role to another attached account')
            break
        }
        'chorus;help;attach;request' {
            break
        }
        'chorus;help;attach;list' {
            break
        }
        'chorus;help;attach;accept' {
            break
        }
        'chorus;help;attach;refuse' {
            break
        }
        'chorus;help;attach;set-role' {
            break
        }
        'chorus;help;attach;remove' {
            break
        }
        'chorus;help;attach;transfer' {
            break
        }
        'chorus;help;service' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a service in a structure (managers)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the services of a structure')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a service and who is habilitated on it')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a service (managers)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a service (managers)')
            [CompletionResult]::new('activate', 'activate', [CompletionResultType]::ParameterValue, 'Reactivate a service (managers)')
            [CompletionResult]::new('grant', 'grant', [CompletionResultType]::ParameterValue, 'Habilitate an attached user on a service (managers)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Withdraw a user''s habilitation on a service (managers)')
            break
        }
        'chorus;help;service;create' {
            break
        }
        'chorus;help;service;list' {
            break
        }
        'chorus;help;service;show' {
            break
        }
        'chorus;help;service;update' {
            break
        }
        'chorus;help;service;deactivate' {
            break
        }
        'chorus;help;service;activate' {
            break
        }
        'chorus;help;service;grant' {
            break
        }
        'chorus;help;service;revoke' {
            break
        }
        'chorus;help;deposit' {
            break
        }
        'chorus;help;invoice' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Enter an invoice from JSON; chorus generates its Factur-X PDF')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Make an invoice''s Factur-X PDF from its JSON, without a store (CI jobs, scripts)')
            [CompletionResult]::new('analyse', 'analyse', [CompletionResultType]::ParameterValue, 'Read invoice PDFs as deposit would, without a store: what each one says')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check invoices without depositing them: EN 16931, identifiers, Chorus Pro rules, routing')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole invoice')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Current status and its history, oldest first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invoices you can see, newest first')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Counts and amounts per status (tableau de bord)')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'What waits for you (synthèse): drafts, recycling, suspensions, invoices to process or validate')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Recipient: move an invoice along its processing')
            [CompletionResult]::new('recycle', 'recycle', [CompletionResultType]::ParameterValue, 'Supplier: send an A_RECYCLER invoice to the right recipient')
            [CompletionResult]::new('complete', 'complete', [CompletionResultType]::ParameterValue, 'Supplier: complete a SUSPENDUE invoice')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Validator (A9/A12): approve an invoice')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Validator (A9/A12): refuse an invoice')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a draft (BROUILLON) before submitting it; "" clears a field')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a draft: the deposit rules run and it is routed')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Save the invoice PDF (and its attachments)')
            [CompletionResult]::new('certificate', 'certificate', [CompletionResultType]::ParameterValue, 'The deposit certificate (certificat de dépôt) as a PDF')
            break
        }
        'chorus;help;invoice;create' {
            break
        }
        'chorus;help;invoice;render' {
            break
        }
        'chorus;help;invoice;analyse' {
            break
        }
        'chorus;help;invoice;validate' {
            break
        }
        'chorus;help;invoice;show' {
            break
        }
        'chorus;help;invoice;status' {
            break
        }
        'chorus;help;invoice;list' {
            break
        }
        'chorus;help;invoice;dashboard' {
            break
        }
        'chorus;help;invoice;todo' {
            break
        }
        'chorus;help;invoice;process' {
            break
        }
        'chorus;help;invoice;recycle' {
            break
        }
        'chorus;help;invoice;complete' {
            break
        }
        'chorus;help;invoice;approve' {
            break
        }
        'chorus;help;invoice;refuse' {
            break
        }
        'chorus;help;invoice;update' {
            break
        }
        'chorus;help;invoice;submit' {
            break
        }
        'chorus;help;invoice;delete' {
            break
        }
        'chorus;help;invoice;download' {
            break
        }
        'chorus;help;invoice;certificate' {
            break
        }
        'chorus;help;directory' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import the public directory (operator): upsert structures and services by identifier')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'Look structures up by identifier: one answer per identifier, in order')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Full-text search over names, labels and service names (case and accents ignored)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export the directory (or what changed since a date) in the columns import reads')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Would an invoice routed like this be accepted? Exit 0, or 3 with the rules it breaks')
            break
        }
        'chorus;help;directory;import' {
            break
        }
        'chorus;help;directory;lookup' {
            break
        }
        'chorus;help;directory;search' {
            break
        }
        'chorus;help;directory;export' {
            break
        }
        'chorus;help;directory;check' {
            break
        }
        'chorus;help;works-file' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a dossier de facturation for a works market (its supplier, MOE or MOA)')
            [CompletionResult]::new('deposit', 'deposit', [CompletionResultType]::ParameterValue, 'Deposit a piece (PDF) in a dossier under its cadre (A4…A25)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a dossier: its parties and every piece with its status history')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the works pieces you see')
            [CompletionResult]::new('process', 'process', [CompletionResultType]::ParameterValue, 'Move a piece you hold: take it into account, refuse it, ask for completion, complete it, process the payment request')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Validate a subcontractor''s or co-contractor''s piece (the titulaire)')
            [CompletionResult]::new('refuse', 'refuse', [CompletionResultType]::ParameterValue, 'Refuse a subcontractor''s or co-contractor''s piece (the titulaire)')
            [CompletionResult]::new('recycle', 'recycle', [CompletionResultType]::ParameterValue, 'Send a piece refused for a routing error (ERREUR_…) again, to the right party')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'The pieces awaiting your action')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Write every piece of a dossier (and their attachments) into a folder')
            break
        }
        'chorus;help;works-file;create' {
            break
        }
        'chorus;help;works-file;deposit' {
            break
        }
        'chorus;help;works-file;show' {
            break
        }
        'chorus;help;works-file;list' {
            break
        }
        'chorus;help;works-file;process' {
            break
        }
        'chorus;help;works-file;approve' {
            break
        }
        'chorus;help;works-file;refuse' {
            break
        }
        'chorus;help;works-file;recycle' {
            break
        }
        'chorus;help;works-file;todo' {
            break
        }
        'chorus;help;works-file;download' {
            break
        }
        'chorus;help;ticket' {
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'The categories and sub-categories: what each requires and where it goes')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Ask a public structure or support a question (a sollicitation)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tickets you see')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a ticket: its thread of messages with attachments, and its history')
            [CompletionResult]::new('reply', 'reply', [CompletionResultType]::ParameterValue, 'Add a message to a ticket (the requester, or the addressee answering)')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Send a draft ticket')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a ticket (requester or addressee)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed ticket')
            [CompletionResult]::new('todo', 'todo', [CompletionResultType]::ParameterValue, 'The tickets awaiting you: to answer, to act on, to send')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Write a ticket''s attachments into a folder')
            break
        }
        'chorus;help;ticket;categories' {
            break
        }
        'chorus;help;ticket;create' {
            break
        }
        'chorus;help;ticket;list' {
            break
        }
        'chorus;help;ticket;show' {
            break
        }
        'chorus;help;ticket;reply' {
            break
        }
        'chorus;help;ticket;submit' {
            break
        }
        'chorus;help;ticket;close' {
            break
        }
        'chorus;help;ticket;reopen' {
            break
        }
        'chorus;help;ticket;todo' {
            break
        }
        'chorus;help;ticket;download' {
            break
        }
        'chorus;help;login' {
            break
        }
        'chorus;help;logout' {
            break
        }
        'chorus;help;serve' {
            break
        }
        'chorus;help;generate-docs' {
            break
        }
        'chorus;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
