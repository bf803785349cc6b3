// Defines <lille-networks> before Angular renders it, so that [data] meets the element's property.
import 'lille-networks';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent).catch((error: unknown) => console.error(error));
