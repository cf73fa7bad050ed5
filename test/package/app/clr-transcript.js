import 'credential-elements/clr-transcript';
import { show } from './page.js';

show(['clr-transcript']);
