import 'credential-elements/credential-verify';
import { show } from './page.js';

show(['credential-verify']);
