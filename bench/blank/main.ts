// The bench's yardstick (issue 18): the least a Svelte 5 page with a Send button can be, built
// with the project's own Vite and Svelte. The app's first paint and Send are reported against it.
import { mount } from 'svelte';
import Blank from './Blank.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(Blank, { target });
