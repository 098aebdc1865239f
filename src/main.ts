import { mount } from 'svelte';
import App from './App.svelte';
import { refetchFailedStylesheets } from './components/stylesheets';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

refetchFailedStylesheets();

export default mount(App, { target });
