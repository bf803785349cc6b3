/// <reference types="lille-networks/typings/svelte" />
