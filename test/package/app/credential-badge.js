import 'credential-elements/credential-badge';
import { show } from './page.js';

show(['credential-badge']);
