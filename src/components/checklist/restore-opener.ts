/**
 * On every page: a restore link (`#c=…`) opened here, or pasted into the address of a page already open, opens the
 * restore dialog. Tiny: the dialog and the link codec load only when there is a link.
 */
import { isRestoreLink } from '../../lib/checklist/link-key';

const open = () => isRestoreLink(location.hash) && void import('./restore-link').then(({ openRestoreDialog }) => openRestoreDialog());
open();
addEventListener('hashchange', open);
